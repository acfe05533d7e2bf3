<?xml version="1.0" encoding="utf-8"?>
<!--
  Shows the archive's RSS and Atom feeds as a readable page when a browser opens one (the feeds
  name this file in <?xml-stylesheet?>); feed readers ignore it. Every value goes out through
  xsl:value-of, as text: no feed content becomes markup, and the page has no script.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>

  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
  <xsl:variable name="page" select="/rss/channel/link | /atom:feed/atom:link[@rel = 'alternate']/@href"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (web feed)</title>
        <style>
          :root { color-scheme: light dark; --ink: #1a1a1a; --paper: #fdfcf8; --muted: #555; --accent: #0b5394; }
          @media (prefers-color-scheme: dark) { :root { --ink: #e8e6e1; --paper: #161616; --muted: #b5b2ab; --accent: #8cb8ef; } }
          body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.55 Georgia, 'Times New Roman', serif; }
          main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          .about { border: 1px solid var(--muted); border-radius: 4px; padding: 0.75rem 1rem; font-family: system-ui, sans-serif; font-size: 0.95rem; }
          h1 { font-size: 1.75rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; }
          a { color: var(--accent); }
          ol { list-style: none; padding: 0; }
          li { padding: 0.75rem 0; border-top: 1px solid color-mix(in srgb, var(--muted) 40%, transparent); }
          .entry-title { font-size: 1.125rem; font-weight: bold; overflow-wrap: anywhere; }
          .meta { color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.9rem; }
        </style>
      </head>
      <body>
        <main>
          <p class="about">This is a web feed. To follow the newest articles, copy this page’s address into a feed reader; in a browser, <a href="{$page}">read them on the archive’s own pages</a>.</p>
          <h1><xsl:value-of select="$title"/></h1>
          <ol>
            <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item | atom:entry">
    <li>
      <a class="entry-title" href="{link | atom:link[@rel = 'alternate']/@href}"><xsl:value-of select="title | atom:title"/></a>
      <div class="meta">
        <xsl:call-template name="day">
          <xsl:with-param name="iso" select="dc:date | atom:published"/>
        </xsl:call-template>
        <xsl:text> · </xsl:text>
        <xsl:value-of select="category | atom:category/@label"/>
      </div>
    </li>
  </xsl:template>

  <!-- "2019-03-08T12:00:00Z" as "8 March 2019": the first ten characters are the paper's day. -->
  <xsl:template name="day">
    <xsl:param name="iso"/>
    <xsl:variable name="month" select="number(substring($iso, 6, 2))"/>
    <xsl:value-of select="number(substring($iso, 9, 2))"/>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="$month = 1">January</xsl:when>
      <xsl:when test="$month = 2">February</xsl:when>
      <xsl:when test="$month = 3">March</xsl:when>
      <xsl:when test="$month = 4">April</xsl:when>
      <xsl:when test="$month = 5">May</xsl:when>
      <xsl:when test="$month = 6">June</xsl:when>
      <xsl:when test="$month = 7">July</xsl:when>
      <xsl:when test="$month = 8">August</xsl:when>
      <xsl:when test="$month = 9">September</xsl:when>
      <xsl:when test="$month = 10">October</xsl:when>
      <xsl:when test="$month = 11">November</xsl:when>
      <xsl:otherwise>December</xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($iso, 1, 4)"/>
  </xsl:template>
</xsl:stylesheet>
