// Package dot writes a graph in Graphviz's DOT language: every ID and
// attribute value quoted and escaped, nodes labelled with their name and
// filled by type, edges labelled with their predicate.
package dot

import (
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/export"
)

func init() {
	export.Register(export.Format{
		Name:      "dot",
		Extension: ".dot",
		MediaType: "text/vnd.graphviz",
		New:       func() export.Writer { return Writer{} },
	})
}

// Writer writes DOT.
type Writer struct{}

// fill colours nodes by their first type; other types stay white.
var fill = map[string]string{
	"Person":       "#f4cccc",
	"Organization": "#cfe2f3",
	"State":        "#d9ead3",
	"Place":        "#fff2cc",
	"Event":        "#ead1dc",
	"Article":      "#eeeeee",
	"Mention":      "#ffffff",
	"Fact":         "#d0e0e3",
}

// Write implements export.Writer.
func (Writer) Write(w io.Writer, g *export.Graph) error {
	if err := export.Check(g); err != nil {
		return err
	}
	p := export.NewPrinter(w)
	p.Printf("digraph \"newsgraph\" {\n")
	p.Printf("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n")
	p.Printf("  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for _, n := range g.Nodes {
		attrs := []string{"label=" + Quote(n.Label())}
		if len(n.Types) > 0 {
			attrs = append(attrs, "type="+Quote(strings.Join(n.Types, ";")))
			if c, ok := fill[n.Types[0]]; ok {
				attrs = append(attrs, "fillcolor="+Quote(c))
			}
		}
		if n.XID != "" {
			attrs = append(attrs, "tooltip="+Quote(n.XID))
		}
		p.Printf("  %s [%s];\n", Quote(n.ID), strings.Join(attrs, ", "))
	}
	for _, e := range g.Edges {
		attrs := []string{"label=" + Quote(e.Type)}
		var tip []string
		for _, f := range e.Facets {
			for _, v := range f.Values {
				tip = append(tip, f.Key+"="+v.Text)
			}
		}
		if len(tip) > 0 {
			sort.Strings(tip)
			attrs = append(attrs, "tooltip="+Quote(strings.Join(tip, "\n")))
		}
		p.Printf("  %s -> %s [%s];\n", Quote(e.From), Quote(e.To), strings.Join(attrs, ", "))
	}
	p.Printf("}\n")
	return p.Err()
}

// Quote writes s as a DOT double-quoted string: quotes and backslashes
// escaped (so Graphviz's \N, \l escapes cannot be smuggled in), line
// breaks as \n, other control characters dropped.
func Quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
