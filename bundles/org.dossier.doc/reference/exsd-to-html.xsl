<?xml version="1.0" encoding="UTF-8"?>
<!--
  Turns an extension point schema (.exsd, as PDE writes them) into its page of the extender guide:
  description, since, the markup a contribution uses (elements, their content and attributes),
  examples and API information, all taken from the schema's own documentation.

  Run by org.dossier.doc.tests (ExtensionPointReferenceTest), which fails when a page under reference/
  is not what its schema generates, and rewrites the pages when run with -Ddossier.doc.regenerate=true
  (see ../README.md). XSLT 1.0, so that the JDK's own processor runs it.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="xs">

  <!-- HTML5 in XML syntax, like the hand-written pages, so that the doc tests can parse every page (the
       html output method of the JDK's processor would also add a META tag of its own to the head). -->
  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" indent="no" doctype-system="about:legacy-compat"/>

  <!-- Where the schema comes from, named in the page: org.dossier.core/schema/importers.exsd -->
  <xsl:param name="source"/>

  <xsl:variable name="meta" select="/xs:schema/xs:annotation/xs:appinfo/xs:meta.schema"/>
  <xsl:variable name="id" select="concat($meta/@plugin, '.', $meta/@id)"/>

  <xsl:template match="/xs:schema">
    <html lang="en">
      <xsl:text>&#10;</xsl:text>
      <xsl:comment> Generated from <xsl:value-of select="$source"/> by reference/exsd-to-html.xsl: edit the schema, not this page. </xsl:comment>
      <xsl:text>&#10;</xsl:text>
      <head>
        <meta charset="utf-8"/>
        <title>Extension point <xsl:value-of select="$id"/></title>
        <link rel="stylesheet" href="../book.css"/>
      </head>
      <xsl:text>&#10;</xsl:text>
      <body>
        <xsl:text>&#10;</xsl:text>
        <h1><xsl:value-of select="$meta/@name"/></h1>
        <xsl:text>&#10;</xsl:text>
        <table class="facts">
          <tr><th>Identifier</th><td><code><xsl:value-of select="$id"/></code></td></tr>
          <tr><th>Declared by</th><td><code><xsl:value-of select="$meta/@plugin"/></code> in <code><xsl:value-of select="$source"/></code></td></tr>
          <xsl:for-each select="xs:annotation[xs:appinfo/xs:meta.section/@type = 'since']">
            <tr><th>Since</th><td><xsl:value-of select="normalize-space(xs:documentation)"/></td></tr>
          </xsl:for-each>
        </table>
        <xsl:text>&#10;</xsl:text>
        <h2>Description</h2>
        <xsl:text>&#10;</xsl:text>
        <xsl:apply-templates select="xs:annotation[xs:appinfo/xs:meta.schema]/xs:documentation" mode="block"/>
        <h2>Configuration markup</h2>
        <xsl:text>&#10;</xsl:text>
        <xsl:apply-templates select="xs:element"/>
        <xsl:call-template name="section"><xsl:with-param name="type" select="'examples'"/><xsl:with-param name="title" select="'Examples'"/></xsl:call-template>
        <xsl:call-template name="section"><xsl:with-param name="type" select="'apiinfo'"/><xsl:with-param name="title" select="'API information'"/></xsl:call-template>
        <xsl:call-template name="section"><xsl:with-param name="type" select="'implementation'"/><xsl:with-param name="title" select="'Supplied implementation'"/></xsl:call-template>
        <xsl:call-template name="section"><xsl:with-param name="type" select="'copyright'"/><xsl:with-param name="title" select="'Copyright'"/></xsl:call-template>
      </body>
      <xsl:text>&#10;</xsl:text>
    </html>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="section">
    <xsl:param name="type"/>
    <xsl:param name="title"/>
    <xsl:for-each select="/xs:schema/xs:annotation[xs:appinfo/xs:meta.section/@type = $type][normalize-space(xs:documentation) != '']">
      <h2><xsl:value-of select="$title"/></h2>
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates select="xs:documentation" mode="block"/>
    </xsl:for-each>
  </xsl:template>

  <!-- One element: its content model as a DTD line, its documentation and its attributes. -->
  <xsl:template match="xs:element">
    <h3 id="{@name}"><code>&lt;<xsl:value-of select="@name"/>&gt;</code></h3>
    <xsl:text>&#10;</xsl:text>
    <pre class="dtd">&lt;!ELEMENT <xsl:value-of select="@name"/><xsl:text> </xsl:text><xsl:call-template name="content-model"/>&gt;</pre>
    <xsl:text>&#10;</xsl:text>
    <xsl:apply-templates select="xs:annotation/xs:documentation" mode="block"/>
    <xsl:if test="xs:complexType/xs:attribute">
      <table class="attributes">
        <xsl:text>&#10;</xsl:text>
        <tr><th>Attribute</th><th>Value</th><th>Use</th><th>Description</th></tr>
        <xsl:text>&#10;</xsl:text>
        <xsl:apply-templates select="xs:complexType/xs:attribute"/>
      </table>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="content-model">
    <xsl:variable name="model" select="xs:complexType/xs:sequence | xs:complexType/xs:choice"/>
    <xsl:choose>
      <xsl:when test="$model"><xsl:apply-templates select="$model" mode="model"/></xsl:when>
      <xsl:otherwise>EMPTY</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="xs:sequence | xs:choice" mode="model">
    <xsl:variable name="separator"><xsl:choose><xsl:when test="self::xs:choice"> | </xsl:when><xsl:otherwise>, </xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:text>(</xsl:text>
    <xsl:for-each select="xs:element | xs:sequence | xs:choice">
      <xsl:if test="position() > 1"><xsl:value-of select="$separator"/></xsl:if>
      <xsl:choose>
        <xsl:when test="self::xs:element"><a href="#{@ref}"><xsl:value-of select="@ref"/></a></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="." mode="model"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="cardinality"/>
    </xsl:for-each>
    <xsl:text>)</xsl:text>
    <xsl:call-template name="cardinality"/>
  </xsl:template>

  <xsl:template name="cardinality">
    <xsl:variable name="min"><xsl:choose><xsl:when test="@minOccurs"><xsl:value-of select="@minOccurs"/></xsl:when><xsl:otherwise>1</xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:variable name="max"><xsl:choose><xsl:when test="@maxOccurs"><xsl:value-of select="@maxOccurs"/></xsl:when><xsl:otherwise>1</xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:choose>
      <xsl:when test="$min = '0' and $max = '1'">?</xsl:when>
      <xsl:when test="$min = '0'">*</xsl:when>
      <xsl:when test="$max != '1'">+</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="xs:attribute">
    <xsl:variable name="appinfo" select="xs:annotation/xs:appinfo/xs:meta.attribute"/>
    <tr>
      <td><code><xsl:value-of select="@name"/></code></td>
      <td>
        <xsl:choose>
          <xsl:when test="xs:simpleType/xs:restriction/xs:enumeration">
            <xsl:text>one of </xsl:text>
            <xsl:for-each select="xs:simpleType/xs:restriction/xs:enumeration">
              <xsl:if test="position() > 1"><xsl:text>, </xsl:text></xsl:if>
              <code><xsl:value-of select="@value"/></code>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="$appinfo/@kind = 'java'">
            <xsl:text>Java class</xsl:text>
            <xsl:call-template name="based-on"><xsl:with-param name="basedOn" select="$appinfo/@basedOn"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$appinfo/@kind = 'resource'">resource in the plugin</xsl:when>
          <xsl:when test="$appinfo/@kind = 'identifier'">identifier</xsl:when>
          <xsl:when test="@type"><xsl:value-of select="@type"/></xsl:when>
          <xsl:otherwise>string</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$appinfo/@translatable = 'true'"><xsl:text>, translatable</xsl:text></xsl:if>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="@use = 'required'">required</xsl:when>
          <xsl:when test="@use = 'default'">default <code><xsl:value-of select="@value"/></code></xsl:when>
          <xsl:otherwise>optional</xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="normalize-space(xs:annotation/xs:documentation) != ''"><xsl:apply-templates select="xs:annotation/xs:documentation/node()" mode="markup"/></xsl:when>
          <!-- An empty cell would be written <td/>, which HTML does not read as an empty cell. -->
          <xsl:otherwise>&#8212;</xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- PDE writes basedOn as "superclass:interface"; either part may be empty. -->
  <xsl:template name="based-on">
    <xsl:param name="basedOn"/>
    <xsl:variable name="superclass" select="substring-before(concat($basedOn, ':'), ':')"/>
    <xsl:variable name="interface" select="substring-after($basedOn, ':')"/>
    <xsl:if test="$superclass != ''"><xsl:text> extending </xsl:text><code><xsl:value-of select="$superclass"/></code></xsl:if>
    <xsl:if test="$superclass != '' and $interface != ''"><xsl:text> and</xsl:text></xsl:if>
    <xsl:if test="$interface != ''"><xsl:text> implementing </xsl:text><code><xsl:value-of select="$interface"/></code></xsl:if>
  </xsl:template>

  <!-- Documentation: plain text becomes a paragraph; markup in it (pre, code, a ...) is kept as HTML. -->
  <xsl:template match="xs:documentation" mode="block">
    <xsl:choose>
      <xsl:when test="*"><div class="documentation"><xsl:apply-templates mode="markup"/></div><xsl:text>&#10;</xsl:text></xsl:when>
      <xsl:when test="normalize-space(.) != ''"><p><xsl:value-of select="normalize-space(.)"/></p><xsl:text>&#10;</xsl:text></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="markup">
    <xsl:element name="{local-name()}">
      <xsl:for-each select="@*"><xsl:attribute name="{local-name()}"><xsl:value-of select="."/></xsl:attribute></xsl:for-each>
      <xsl:apply-templates mode="markup"/>
    </xsl:element>
  </xsl:template>

  <!-- Preformatted text as written, less the line break after <pre> and the indentation before </pre>. -->
  <xsl:template match="*[local-name() = 'pre']" mode="markup">
    <pre>
      <xsl:call-template name="trim-end">
        <xsl:with-param name="text">
          <xsl:choose>
            <xsl:when test="starts-with(., '&#10;')"><xsl:value-of select="substring(., 2)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </pre>
  </xsl:template>

  <!-- Other text: the line breaks and indentation of the schema file are not the author's spacing. -->
  <xsl:template match="text()" mode="markup">
    <xsl:if test="normalize-space(.) != ''">
      <xsl:if test="translate(substring(., 1, 1), '&#9;&#10;&#13; ', '') = '' and preceding-sibling::node()"><xsl:text> </xsl:text></xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
      <xsl:if test="translate(substring(., string-length(.)), '&#9;&#10;&#13; ', '') = '' and following-sibling::node()"><xsl:text> </xsl:text></xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="trim-end">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="$text != '' and translate(substring($text, string-length($text)), '&#9;&#10;&#13; ', '') = ''">
        <xsl:call-template name="trim-end"><xsl:with-param name="text" select="substring($text, 1, string-length($text) - 1)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
