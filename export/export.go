// Package export turns (a part of) the graph into files other tools read:
// RDF N-Quads for `dgraph live` and `dgraph bulk`, JSON, GraphML for Gephi
// and Cytoscape, DOT for Graphviz.
//
// Reading and writing are separate: Read and FromResult build a Graph (a
// plain list of nodes and edges) from Dgraph query results; a Writer, found
// by name in the registry, serialises a Graph. Each format lives in its own
// sub-package that registers itself in init (import export/all for every
// format).
package export

import (
	"fmt"
	"io"
	"sort"
	"sync"

	"github.com/newsgraph/newsgraph"
)

// Kind is the type of a scalar value; it decides how a writer spells it.
type Kind int

// Value kinds, matching Dgraph's scalar types.
const (
	String Kind = iota
	Int
	Float
	Bool
	DateTime
)

func (k Kind) String() string {
	switch k {
	case Int:
		return "int"
	case Float:
		return "float"
	case Bool:
		return "bool"
	case DateTime:
		return "datetime"
	}
	return "string"
}

// Value is one scalar value in its lexical form: "5" with Kind Int,
// "true" with Kind Bool, "2022-01-08T00:00:00Z" with Kind DateTime.
type Value struct {
	Kind Kind
	Text string
}

// Prop is one scalar predicate of a node, or one facet of an edge, with
// all its values (list predicates such as alias have several).
type Prop struct {
	Key    string
	Values []Value
}

// Node is one node of the exported graph.
type Node struct {
	ID    string   // stable and unique within the graph: the xid where known, else the uid
	UID   string   // Dgraph uid, "0x1a"; empty for nodes built by hand
	XID   string   // external key, written as the xid predicate
	Types []string // dgraph.type
	Name  string
	Props []Prop // every other scalar predicate, sorted by key
}

// Label is what a drawing shows for the node: its name, else its id.
func (n *Node) Label() string {
	if n.Name != "" {
		return n.Name
	}
	return n.ID
}

// Edge is one directed edge between two nodes, named by its predicate.
type Edge struct {
	From   string // Node.ID
	To     string // Node.ID
	Type   string // predicate, never a reverse (~) one
	Facets []Prop // sorted by key; one value each
}

// Graph is a set of nodes and the edges between them, in a stable order.
type Graph struct {
	Nodes []Node
	Edges []Edge
}

// Node returns the node with the given ID, or nil.
func (g *Graph) Node(id string) *Node {
	for i := range g.Nodes {
		if g.Nodes[i].ID == id {
			return &g.Nodes[i]
		}
	}
	return nil
}

// Sort orders nodes by ID and edges by (from, type, to), so that the same
// graph always gives the same file.
func (g *Graph) Sort() {
	sort.SliceStable(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.SliceStable(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.To < b.To
	})
}

// Writer serialises a graph in one format.
type Writer interface {
	// Write writes g to w. It reports an error for a graph it cannot
	// represent faithfully (e.g. an edge to an unknown node), never panics.
	Write(w io.Writer, g *Graph) error
}

// Format describes a registered writer.
type Format struct {
	Name      string // as given to --format
	Extension string // file name extension, with the dot
	MediaType string
	New       func() Writer
}

var (
	mu      sync.RWMutex
	formats = map[string]Format{}
)

// Register makes a format available by name. It panics on a duplicate or
// incomplete registration: that is a programming error caught at start-up.
func Register(f Format) {
	mu.Lock()
	defer mu.Unlock()
	if f.Name == "" || f.New == nil {
		panic("export: Register of an incomplete format")
	}
	if _, dup := formats[f.Name]; dup {
		panic("export: Register called twice for format " + f.Name)
	}
	formats[f.Name] = f
}

// Lookup returns the format registered under name.
func Lookup(name string) (Format, error) {
	mu.RLock()
	defer mu.RUnlock()
	f, ok := formats[name]
	if !ok {
		return Format{}, newsgraph.Errorf(newsgraph.EINVALID, "unknown export format %q (known: %v)", name, namesLocked())
	}
	return f, nil
}

// Formats lists the registered format names, sorted.
func Formats() []string {
	mu.RLock()
	defer mu.RUnlock()
	return namesLocked()
}

func namesLocked() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Check reports the first structural problem of g that would make a file
// wrong: a node without ID, two nodes with one ID, an edge to a node that
// is not in the graph, or an edge without type.
func Check(g *Graph) error {
	ids := make(map[string]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		if n.ID == "" {
			return newsgraph.Errorf(newsgraph.EINVALID, "export: node without id")
		}
		if ids[n.ID] {
			return newsgraph.Errorf(newsgraph.EINVALID, "export: two nodes with id %q", n.ID)
		}
		ids[n.ID] = true
	}
	for _, e := range g.Edges {
		if e.Type == "" {
			return newsgraph.Errorf(newsgraph.EINVALID, "export: edge %s -> %s without type", e.From, e.To)
		}
		if !ids[e.From] || !ids[e.To] {
			return newsgraph.Errorf(newsgraph.EINVALID, "export: edge %s %s -> %s refers to a node not in the graph", e.Type, e.From, e.To)
		}
	}
	return nil
}

// errWriter remembers the first write error so that writers can print
// freely and check once at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// Printer wraps w for writers: Printf ignores calls after the first error,
// Err returns it.
type Printer struct{ ew errWriter }

// NewPrinter returns a Printer writing to w.
func NewPrinter(w io.Writer) *Printer { return &Printer{ew: errWriter{w: w}} }

// Printf writes unless an earlier write failed.
func (p *Printer) Printf(format string, args ...any) { p.ew.printf(format, args...) }

// Err returns the first write error.
func (p *Printer) Err() error { return p.ew.err }
