<?xml version="1.0" encoding="utf-8"?>
<!-- feed.xsl: how a browser shows feedsieve's Atom and RSS feeds. Feed
     readers ignore it; a browser that opens a feed gets a page saying what
     a feed is and how to subscribe, with the entries' headlines. XSLT 1.0,
     no script. Entry text is left out: it is HTML escaped in the feed,
     which XSLT 1.0 can only show as tags or unescape unsafely. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
<xsl:output method="html" encoding="utf-8" indent="no" doctype-system="about:legacy-compat"/>

<xsl:template match="/">
  <xsl:choose>
    <xsl:when test="atom:feed">
      <xsl:call-template name="page">
        <xsl:with-param name="title" select="atom:feed/atom:title"/>
        <xsl:with-param name="subtitle" select="atom:feed/atom:subtitle"/>
        <xsl:with-param name="self" select="atom:feed/atom:link[@rel='self']/@href"/>
        <xsl:with-param name="home" select="atom:feed/atom:link[@rel='alternate']/@href"/>
        <xsl:with-param name="kind">Atom</xsl:with-param>
      </xsl:call-template>
    </xsl:when>
    <xsl:otherwise>
      <xsl:call-template name="page">
        <xsl:with-param name="title" select="rss/channel/title"/>
        <xsl:with-param name="subtitle" select="rss/channel/description"/>
        <xsl:with-param name="self" select="rss/channel/atom:link[@rel='self']/@href"/>
        <xsl:with-param name="home" select="rss/channel/link"/>
        <xsl:with-param name="kind">RSS</xsl:with-param>
      </xsl:call-template>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template name="page">
  <xsl:param name="title"/>
  <xsl:param name="subtitle"/>
  <xsl:param name="self"/>
  <xsl:param name="home"/>
  <xsl:param name="kind"/>
  <html lang="en">
  <head>
  <meta charset="utf-8"/>
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <title><xsl:value-of select="$title"/> (<xsl:value-of select="$kind"/> feed)</title>
  <style>
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #595959; --line: #d0d0d0; --accent: #0b5cad; --box: #eef4fb; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #141414; --muted: #b0b0b0; --line: #444; --accent: #8cc4ff; --box: #1d2733; } }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif; color: var(--fg); background: var(--bg); max-width: 50rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
a { color: var(--accent); }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 0; }
.about { background: var(--box); border-radius: .5rem; padding: .75rem 1rem; }
.about h2 { margin-top: .25rem; }
code { display: block; padding: .4rem .6rem; background: var(--bg); border: 1px solid var(--line); border-radius: .3rem; }
ol { list-style: none; padding: 0; }
li { padding: .6rem 0; border-bottom: 1px solid var(--line); }
.meta { color: var(--muted); font-size: .92rem; margin: .1rem 0 0; }
  </style>
  </head>
  <body>
  <header>
  <p class="meta"><a href="{$home}">All topics</a></p>
  <h1><xsl:value-of select="$title"/></h1>
  <xsl:if test="string($subtitle) != string($title)"><p><xsl:value-of select="$subtitle"/></p></xsl:if>
  </header>
  <main>
  <section class="about" aria-labelledby="about">
  <h2 id="about">This is a news feed</h2>
  <p>This page is an <xsl:value-of select="$kind"/> feed, made to be read by a feed reader (a news reader app or website), which checks it for new entries and shows them as they come. Your browser shows it as this page.</p>
  <p>To subscribe, copy this address into your feed reader:</p>
  <code><xsl:value-of select="$self"/></code>
  </section>
  <section aria-labelledby="entries">
  <h2 id="entries">Newest entries</h2>
  <ol>
  <xsl:apply-templates select="atom:feed/atom:entry | rss/channel/item"/>
  </ol>
  <xsl:if test="not(atom:feed/atom:entry | rss/channel/item)"><p>No entries yet.</p></xsl:if>
  </section>
  </main>
  <footer><p class="meta"><a href="{$home}">All topics</a> · made by feedsieve</p></footer>
  </body>
  </html>
</xsl:template>

<xsl:template match="atom:entry">
  <li>
  <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
  <h3><xsl:call-template name="headline">
    <xsl:with-param name="title" select="atom:title"/>
    <xsl:with-param name="link" select="atom:link[@rel='alternate']/@href"/>
  </xsl:call-template></h3>
  <p class="meta"><time datetime="{atom:published}"><xsl:value-of select="concat(substring(atom:published, 1, 10), ' ', substring(atom:published, 12, 5), ' UTC')"/></time>
  <xsl:if test="atom:source/atom:title"> · <xsl:value-of select="atom:source/atom:title"/></xsl:if></p>
  </li>
</xsl:template>

<xsl:template match="item">
  <li>
  <h3><xsl:call-template name="headline">
    <xsl:with-param name="title" select="title"/>
    <xsl:with-param name="link" select="link"/>
  </xsl:call-template></h3>
  <p class="meta"><xsl:value-of select="pubDate"/><xsl:if test="source"> · <xsl:value-of select="source"/></xsl:if></p>
  </li>
</xsl:template>

<xsl:template name="headline">
  <xsl:param name="title"/>
  <xsl:param name="link"/>
  <xsl:choose>
    <xsl:when test="$link"><a href="{$link}"><xsl:value-of select="$title"/></a></xsl:when>
    <xsl:otherwise><xsl:value-of select="$title"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
