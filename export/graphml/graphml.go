// Package graphml writes a graph as GraphML, which Gephi, Cytoscape, yEd
// and networkx read. Nodes carry label (the name), name, type, xid and uid
// plus every other scalar predicate; edges carry label (the predicate) and
// their facets. Attribute types are declared from the values: long,
// double, boolean or string.
package graphml

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/export"
)

func init() {
	export.Register(export.Format{
		Name:      "graphml",
		Extension: ".graphml",
		MediaType: "application/graphml+xml",
		New:       func() export.Writer { return Writer{} },
	})
}

// Writer writes GraphML.
type Writer struct{}

// key is one declared GraphML attribute.
type key struct {
	id, domain, name, typ string
}

// attrType is the GraphML type that holds every value of one attribute.
func attrType(kinds map[export.Kind]bool, multi bool) string {
	if multi || len(kinds) != 1 {
		return "string"
	}
	for k := range kinds {
		switch k {
		case export.Int:
			return "long"
		case export.Float:
			return "double"
		case export.Bool:
			return "boolean"
		}
	}
	return "string"
}

// declare collects one key per attribute name of a domain, in first-seen order.
type declare struct {
	domain string
	order  []string
	kinds  map[string]map[export.Kind]bool
	multi  map[string]bool
}

func newDeclare(domain string) *declare {
	return &declare{domain: domain, kinds: map[string]map[export.Kind]bool{}, multi: map[string]bool{}}
}

func (d *declare) see(p export.Prop) {
	if d.kinds[p.Key] == nil {
		d.kinds[p.Key] = map[export.Kind]bool{}
		d.order = append(d.order, p.Key)
	}
	for _, v := range p.Values {
		d.kinds[p.Key][v.Kind] = true
	}
	if len(p.Values) > 1 {
		d.multi[p.Key] = true
	}
}

// Write implements export.Writer.
func (Writer) Write(w io.Writer, g *export.Graph) error {
	if err := export.Check(g); err != nil {
		return err
	}
	nodeAttrs, edgeAttrs := newDeclare("node"), newDeclare("edge")
	for _, n := range g.Nodes {
		for _, p := range n.Props {
			nodeAttrs.see(p)
		}
	}
	for _, e := range g.Edges {
		for _, f := range e.Facets {
			edgeAttrs.see(f)
		}
	}
	// fixed keys first; predicates of the same name get their own ids.
	keys := []key{
		{"label", "node", "label", "string"},
		{"name", "node", "name", "string"},
		{"type", "node", "type", "string"},
		{"xid", "node", "xid", "string"},
		{"uid", "node", "uid", "string"},
		{"elabel", "edge", "label", "string"},
	}
	ids := map[string]string{} // domain+"/"+attribute -> key id
	for i, d := range []*declare{nodeAttrs, edgeAttrs} {
		prefix := []string{"n_", "e_"}[i]
		for j, name := range d.order {
			id := prefix + strconv.Itoa(j)
			ids[d.domain+"/"+name] = id
			keys = append(keys, key{id, d.domain, name, attrType(d.kinds[name], d.multi[name])})
		}
	}

	p := export.NewPrinter(w)
	p.Printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p.Printf("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	for _, k := range keys {
		p.Printf("  <key id=%s for=%s attr.name=%s attr.type=%s/>\n", attr(k.id), attr(k.domain), attr(k.name), attr(k.typ))
	}
	p.Printf("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
	for _, n := range g.Nodes {
		p.Printf("    <node id=%s>\n", attr(n.ID))
		data(p, "label", n.Label())
		if n.Name != "" {
			data(p, "name", n.Name)
		}
		if len(n.Types) > 0 {
			data(p, "type", strings.Join(n.Types, ";"))
		}
		if n.XID != "" {
			data(p, "xid", n.XID)
		}
		if n.UID != "" {
			data(p, "uid", n.UID)
		}
		for _, prop := range n.Props {
			data(p, ids["node/"+prop.Key], joined(prop.Values))
		}
		p.Printf("    </node>\n")
	}
	for i, e := range g.Edges {
		p.Printf("    <edge id=%s source=%s target=%s>\n", attr("e"+strconv.Itoa(i)), attr(e.From), attr(e.To))
		data(p, "elabel", e.Type)
		for _, f := range e.Facets {
			data(p, ids["edge/"+f.Key], joined(f.Values))
		}
		p.Printf("    </edge>\n")
	}
	p.Printf("  </graph>\n</graphml>\n")
	return p.Err()
}

func data(p *export.Printer, key, text string) {
	p.Printf("      <data key=%s>%s</data>\n", attr(key), escape(text))
}

func joined(values []export.Value) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = v.Text
	}
	return strings.Join(parts, "; ")
}

// escape escapes XML character data; characters XML 1.0 forbids become
// U+FFFD (encoding/xml does that).
func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func attr(s string) string { return `"` + escape(s) + `"` }
