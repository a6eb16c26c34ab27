// Package jsonexport writes a graph as node-link JSON: {"nodes": [...],
// "links": [...]}, the shape d3, networkx (node_link_graph) and most
// scripting tools read.
package jsonexport

import (
	"encoding/json"
	"io"
	"math"
	"strconv"

	"github.com/newsgraph/newsgraph/export"
)

func init() {
	export.Register(export.Format{
		Name:      "json",
		Extension: ".json",
		MediaType: "application/json",
		New:       func() export.Writer { return Writer{Indent: "  "} },
	})
}

// Writer writes node-link JSON; Indent "" writes one line.
type Writer struct{ Indent string }

// Document is the JSON written: a directed multigraph.
type Document struct {
	Directed   bool   `json:"directed"`
	Multigraph bool   `json:"multigraph"`
	Nodes      []Node `json:"nodes"`
	Links      []Link `json:"links"`
}

// Node is one node; Props holds every other scalar predicate, always as a
// list (list predicates such as alias have several values).
type Node struct {
	ID    string           `json:"id"`
	UID   string           `json:"uid,omitempty"`
	XID   string           `json:"xid,omitempty"`
	Types []string         `json:"types,omitempty"`
	Name  string           `json:"name,omitempty"`
	Props map[string][]any `json:"props,omitempty"`
}

// Link is one directed edge; Type is its predicate.
type Link struct {
	Source string         `json:"source"`
	Target string         `json:"target"`
	Type   string         `json:"type"`
	Facets map[string]any `json:"facets,omitempty"`
}

// Write implements export.Writer.
func (w Writer) Write(out io.Writer, g *export.Graph) error {
	if err := export.Check(g); err != nil {
		return err
	}
	doc := Document{Directed: true, Multigraph: true, Nodes: []Node{}, Links: []Link{}}
	for _, n := range g.Nodes {
		node := Node{ID: n.ID, UID: n.UID, XID: n.XID, Types: n.Types, Name: n.Name}
		if len(n.Props) > 0 {
			node.Props = map[string][]any{}
			for _, p := range n.Props {
				for _, v := range p.Values {
					node.Props[p.Key] = append(node.Props[p.Key], Native(v))
				}
			}
		}
		doc.Nodes = append(doc.Nodes, node)
	}
	for _, e := range g.Edges {
		link := Link{Source: e.From, Target: e.To, Type: e.Type}
		if len(e.Facets) > 0 {
			link.Facets = map[string]any{}
			for _, f := range e.Facets {
				if len(f.Values) > 0 {
					link.Facets[f.Key] = Native(f.Values[0])
				}
			}
		}
		doc.Links = append(doc.Links, link)
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", w.Indent)
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// Native converts a value to the JSON type that fits it: numbers and
// booleans as such, strings and datetimes as strings. A malformed number
// stays a string rather than being lost.
func Native(v export.Value) any {
	switch v.Kind {
	case export.Int:
		if i, err := strconv.ParseInt(v.Text, 10, 64); err == nil {
			return i
		}
	case export.Float:
		if f, err := strconv.ParseFloat(v.Text, 64); err == nil && !math.IsNaN(f) && !math.IsInf(f, 0) {
			return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
		}
	case export.Bool:
		if b, err := strconv.ParseBool(v.Text); err == nil {
			return b
		}
	}
	return v.Text
}
