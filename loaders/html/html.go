// Package html reads a news article saved as an HTML page: the headline,
// the publication date and the outlet from the page's metadata, the text
// from the paragraphs of its <article> (or <main>, or <body>), without
// navigation, teasers, picture captions, scripts and other page furniture.
package html

import (
	"bytes"
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/internal/textkit"
)

// Format is the HTML reader's registration.
var Format = loaders.Format{
	Name:        "html",
	Description: "a web page saved as HTML: title, date and outlet from its metadata, text from the article's paragraphs",
	Extensions:  []string{".html", ".htm", ".xhtml"},
	Sniff:       Sniff,
	Priority:    60,
	Read:        Read,
}

func init() { loaders.Register(Format) }

var sniffRe = regexp.MustCompile(`(?i)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])`)

var authorSplit = regexp.MustCompile(`\s*(?:,|;|\bund\b|&)\s*`)

// Sniff accepts text that opens like an HTML document.
func Sniff(head []byte) bool { return sniffRe.Match(head) }

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true,
	atom.Figure: true, atom.Figcaption: true, atom.Form: true, atom.Button: true,
	atom.Iframe: true, atom.Svg: true, atom.Select: true, atom.Dialog: true,
}

// blocks are the elements whose text is one paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.Blockquote: true,
	atom.Li: true, atom.Dd: true, atom.Pre: true,
}

// dateMetas name the meta tags that carry the publication date, best first.
var dateMetas = []string{
	"article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
	"dcterms.date", "pubdate", "publishdate", "publish-date", "og:published_time",
	"article:modified_time", "last-modified",
}

// Read parses one HTML page.
func Read(name string, data []byte) ([]newsgraph.Article, error) {
	doc, err := xhtml.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, loaders.Invalid(name, "unreadable HTML: %v", err)
	}
	meta := metas(doc)
	var a newsgraph.Article
	a.Title = first(meta["og:title"], meta["twitter:title"], meta["headline"])
	a.Source = first(meta["og:site_name"], meta["application-name"], "unknown")
	a.URL = first(meta["og:url"], canonical(doc))
	if au := first(meta["author"], meta["article:author"]); au != "" && !strings.Contains(au, "://") {
		a.Authors = authorSplit.Split(au, -1)
	}
	for _, k := range dateMetas {
		if d := textkit.ParseDate(meta[k]); d != "" {
			a.Date = d
			break
		}
	}
	if a.Date == "" {
		a.Date = timeElement(doc)
	}
	root := largest(doc, atom.Article)
	if root == nil {
		root = find(doc, atom.Main)
	}
	if root == nil {
		root = find(doc, atom.Body)
	}
	if root == nil {
		root = doc
	}
	if a.Title == "" {
		if h1 := find(root, atom.H1); h1 != nil {
			a.Title = text(h1)
		} else if t := find(doc, atom.Title); t != nil {
			a.Title = text(t)
		}
	}
	var paras []string
	collect(root, &paras)
	kept := paras[:0]
	for _, p := range paras {
		if p == a.Title || textkit.IsFurniture(p) || textkit.IsCaption(p) {
			continue
		}
		if d := textkit.DateLine(p); d != "" { // "Stand: …" under the headline
			if a.Date == "" {
				a.Date = d
			}
			continue
		}
		kept = append(kept, p)
	}
	if src, rest := textkit.AttributeParagraphs(kept); src != "" {
		if a.Source == "unknown" {
			a.Source = src
		}
		kept = rest
	}
	a.Text = textkit.Join(kept)
	if a.Text == "" {
		return nil, loaders.Invalid(name, "no article text in the page (no paragraphs outside navigation and page furniture)")
	}
	return []newsgraph.Article{a}, nil
}

func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// metas collects <meta name|property|itemprop=… content=…> by lower-cased key.
func metas(doc *xhtml.Node) map[string]string {
	out := map[string]string{}
	walk(doc, func(n *xhtml.Node) bool {
		if n.DataAtom != atom.Meta {
			return true
		}
		var key, content string
		for _, at := range n.Attr {
			switch strings.ToLower(at.Key) {
			case "name", "property", "itemprop", "http-equiv":
				key = strings.ToLower(strings.TrimSpace(at.Val))
			case "content":
				content = at.Val
			}
		}
		if key != "" && out[key] == "" {
			out[key] = strings.TrimSpace(content)
		}
		return true
	})
	return out
}

func canonical(doc *xhtml.Node) string {
	var href string
	walk(doc, func(n *xhtml.Node) bool {
		if n.DataAtom == atom.Link && attr(n, "rel") == "canonical" && href == "" {
			href = attr(n, "href")
		}
		return href == ""
	})
	return href
}

// timeElement reads the first <time datetime=…> of the page.
func timeElement(doc *xhtml.Node) string {
	var d string
	walk(doc, func(n *xhtml.Node) bool {
		if n.DataAtom == atom.Time && d == "" {
			d = textkit.ParseDate(attr(n, "datetime"))
		}
		return d == ""
	})
	return d
}

func attr(n *xhtml.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// walk visits n and its descendants in document order while visit returns
// true for the node (false skips the node's children).
func walk(n *xhtml.Node, visit func(*xhtml.Node) bool) {
	if !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

// find returns the first element of the given kind outside skipped ones.
func find(n *xhtml.Node, a atom.Atom) *xhtml.Node {
	var found *xhtml.Node
	walk(n, func(c *xhtml.Node) bool {
		if found != nil || (c.Type == xhtml.ElementNode && skipped[c.DataAtom] && c.DataAtom != a) {
			return false
		}
		if c.Type == xhtml.ElementNode && c.DataAtom == a {
			found = c
			return false
		}
		return true
	})
	return found
}

// largest returns the element of the given kind with the most text: a page
// may hold teaser <article>s besides the article itself.
func largest(doc *xhtml.Node, a atom.Atom) *xhtml.Node {
	var best *xhtml.Node
	most := 0
	walk(doc, func(c *xhtml.Node) bool {
		if c.Type == xhtml.ElementNode && (skipped[c.DataAtom] || hidden(c)) {
			return false
		}
		if c.Type == xhtml.ElementNode && c.DataAtom == a {
			if n := len(text(c)); n > most {
				best, most = c, n
			}
			return false
		}
		return true
	})
	return best
}

// collect appends the text of every block element under n, skipping page
// furniture; text outside any block (a bare <div> of text) is a paragraph
// of its own.
func collect(n *xhtml.Node, out *[]string) {
	var loose strings.Builder
	flush := func() {
		if s := squash(loose.String()); s != "" {
			*out = append(*out, s)
		}
		loose.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == xhtml.TextNode:
			loose.WriteString(c.Data)
		case c.Type != xhtml.ElementNode:
		case skipped[c.DataAtom] || hidden(c):
		case c.DataAtom == atom.Time: // a date line of its own, read from the metadata
		case blocks[c.DataAtom] && !hasBlock(c):
			flush()
			if s := text(c); s != "" {
				*out = append(*out, s)
			}
		case c.DataAtom == atom.Br || c.DataAtom == atom.Span || c.DataAtom == atom.A ||
			c.DataAtom == atom.Em || c.DataAtom == atom.Strong || c.DataAtom == atom.B || c.DataAtom == atom.I:
			loose.WriteString(" " + text(c) + " ")
		default:
			flush()
			collect(c, out)
		}
	}
	flush()
}

// bylineRe finds the class names and item properties of author lines.
var bylineRe = regexp.MustCompile(`(?i)\b(?:byline|author|autor|credits?)\b`)

// hidden reports elements the page hides, marks as furniture by their ARIA
// role, or marks as the byline (the author is metadata, not article text).
func hidden(n *xhtml.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok || attr(n, "aria-hidden") == "true" {
		return true
	}
	if n.DataAtom != atom.Article && n.DataAtom != atom.Main && n.DataAtom != atom.Body &&
		(bylineRe.MatchString(attr(n, "class")) || bylineRe.MatchString(attr(n, "itemprop")) || attr(n, "rel") == "author") {
		return true
	}
	switch attr(n, "role") {
	case "navigation", "banner", "contentinfo", "complementary", "search", "dialog":
		return true
	}
	return false
}

func attrOK(n *xhtml.Node, key string) (string, bool) {
	for _, at := range n.Attr {
		if strings.EqualFold(at.Key, key) {
			return at.Val, true
		}
	}
	return "", false
}

// hasBlock reports whether a block holds further blocks (a <li> with <p>s).
func hasBlock(n *xhtml.Node) bool {
	found := false
	for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && (blocks[c.DataAtom] || c.DataAtom == atom.Div || c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
			found = true
		}
	}
	return found
}

// text is the visible text under n with white space squashed.
func text(n *xhtml.Node) string {
	var b strings.Builder
	walk(n, func(c *xhtml.Node) bool {
		switch {
		case c.Type == xhtml.ElementNode && (skipped[c.DataAtom] || hidden(c)):
			return false
		case c.Type == xhtml.TextNode:
			b.WriteString(c.Data)
		case c.Type == xhtml.ElementNode && c.DataAtom == atom.Br:
			b.WriteByte(' ')
		}
		return true
	})
	return squash(b.String())
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
