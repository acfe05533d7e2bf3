/**
 * `Pilar Bonet Tiflis` (El País until 2013): the reporter's name, then the place the story was filed from, on one line
 * with no comma between. A name's last word may be any capitalised word, so only a place the gazetteer knows is split
 * off, and only after a name of two words or more (`Nino Gori` stays a name).
 */
export function nameThenPlace(printed: string, places: ReadonlySet<string> | undefined): { name: string; place: string } | undefined {
  const words = printed.split(' ');
  for (let i = 2; i < words.length; i += 1) {
    const place = words.slice(i).join(' ');
    if (places?.has(place)) return { name: words.slice(0, i).join(' '), place };
  }
  return undefined;
}
