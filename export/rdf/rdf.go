// Package rdf writes a graph as RDF N-Quads in the dialect `dgraph live`
// and `dgraph bulk` read, with Dgraph's facet syntax on edges.
//
// Every node is a blank node whose label is derived from its ID (the xid
// where known), and its xid is written as an ordinary triple. Load the file
// WITHOUT `-U xid`: the live loader would store the label itself, "_:"
// included, as the xid. Labels only tie the triples of one load together;
// the xid triple carries the identity.
package rdf

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/export"
)

func init() {
	export.Register(export.Format{
		Name:      "rdf",
		Extension: ".rdf",
		MediaType: "application/n-quads",
		New:       func() export.Writer { return Writer{} },
	})
}

// Writer writes N-Quads.
type Writer struct{}

// predicateName is what Dgraph accepts as a predicate or facet key without
// surprises; computed fields such as count(x) are not predicates.
var predicateName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.\-]*$`)

// Write implements export.Writer.
func (Writer) Write(w io.Writer, g *export.Graph) error {
	if err := export.Check(g); err != nil {
		return err
	}
	p := export.NewPrinter(w)
	for _, n := range g.Nodes {
		s := Label(n.ID)
		for _, t := range n.Types {
			p.Printf("%s <dgraph.type> %s .\n", s, Literal(export.Value{Kind: export.String, Text: t}))
		}
		if n.XID != "" {
			p.Printf("%s <xid> %s .\n", s, Literal(export.Value{Kind: export.String, Text: n.XID}))
		}
		if n.Name != "" {
			p.Printf("%s <name> %s .\n", s, Literal(export.Value{Kind: export.String, Text: n.Name}))
		}
		for _, prop := range n.Props {
			if !predicateName.MatchString(prop.Key) {
				return newsgraph.Errorf(newsgraph.EINVALID, "rdf: %q is not a predicate (a computed value?); it cannot be written as RDF", prop.Key)
			}
			for _, v := range prop.Values {
				p.Printf("%s <%s> %s .\n", s, prop.Key, Literal(v))
			}
		}
	}
	for _, e := range g.Edges {
		if !predicateName.MatchString(e.Type) {
			return newsgraph.Errorf(newsgraph.EINVALID, "rdf: %q is not a predicate; it cannot be written as RDF", e.Type)
		}
		facets, err := Facets(e.Facets)
		if err != nil {
			return err
		}
		p.Printf("%s <%s> %s%s .\n", Label(e.From), e.Type, Label(e.To), facets)
	}
	return p.Err()
}

// Label is the blank node label for a node ID: "_:n" followed by the ID,
// in which every byte other than an ASCII letter, digit or '-' is written
// as '_' and two hex digits. The mapping is one-to-one and the result is a
// valid label for Dgraph's RDF parser (which rejects ':' and spaces).
func Label(id string) string {
	var b strings.Builder
	b.WriteString("_:n")
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "_%02x", c)
		}
	}
	return b.String()
}

var xsdType = map[export.Kind]string{
	export.Int:      "<xs:int>",
	export.Float:    "<xs:float>",
	export.Bool:     "<xs:boolean>",
	export.DateTime: "<xs:dateTime>",
}

// Literal writes a value as an N-Quads literal, typed unless a string.
func Literal(v export.Value) string {
	q := quote(v.Text)
	if t, ok := xsdType[v.Kind]; ok {
		return q + "^^" + t
	}
	return q
}

// Facets writes Dgraph's facet list " (k=v, ...)", or "" for none.
// Strings are quoted; numbers, booleans and datetimes are bare, which is
// how Dgraph tells their types apart.
func Facets(facets []export.Prop) (string, error) {
	if len(facets) == 0 {
		return "", nil
	}
	parts := make([]string, 0, len(facets))
	for _, f := range facets {
		if !predicateName.MatchString(f.Key) || len(f.Values) != 1 {
			return "", newsgraph.Errorf(newsgraph.EINVALID, "rdf: facet %q cannot be written", f.Key)
		}
		v := f.Values[0]
		text := v.Text
		if v.Kind == export.String {
			text = quote(text)
		} else if strings.ContainsAny(text, " ,()\"") {
			return "", newsgraph.Errorf(newsgraph.EINVALID, "rdf: facet %s has a malformed %s value %q", f.Key, v.Kind, text)
		}
		parts = append(parts, f.Key+"="+text)
	}
	return " (" + strings.Join(parts, ", ") + ")", nil
}

// quote escapes s as an N-Quads string (ECHAR and UCHAR only, which both
// the N-Quads grammar and Dgraph's parser accept). Invalid UTF-8 becomes
// U+FFFD rather than a broken file.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r) // utf8.RuneError for invalid bytes writes U+FFFD
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
