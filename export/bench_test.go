package export_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/newsgraph/newsgraph/export"
)

// bigGraph is a synthetic graph shaped like newsgraph's: entities with
// aliases, facts and mentions, and three edges per mention.
func bigGraph(n int) *export.Graph {
	g := &export.Graph{}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("person:someone %d", i)
		g.Nodes = append(g.Nodes, export.Node{ID: id, UID: fmt.Sprintf("0x%x", i+1), XID: id, Types: []string{"Person"},
			Name:  fmt.Sprintf("Someone Nr. %d", i),
			Props: []export.Prop{{Key: "alias", Values: []export.Value{{Kind: export.String, Text: fmt.Sprintf("Nr. %d", i)}}}}})
		m := fmt.Sprintf("mention:%d", i)
		g.Nodes = append(g.Nodes, export.Node{ID: m, XID: m, Types: []string{"Mention"}, Name: "s",
			Props: []export.Prop{{Key: "sentence", Values: []export.Value{{Kind: export.String, Text: "Ein \"Satz\" mit Umlauten: äöü, und Komma."}}}}})
		g.Edges = append(g.Edges, export.Edge{From: m, To: id, Type: "mention_of"})
		if i > 0 {
			g.Edges = append(g.Edges, export.Edge{From: id, To: fmt.Sprintf("person:someone %d", i-1), Type: "dismissed",
				Facets: []export.Prop{{Key: "date", Values: []export.Value{{Kind: export.String, Text: "2022-01-08"}}}}})
		}
	}
	g.Sort()
	return g
}

func BenchmarkWriters(b *testing.B) {
	g := bigGraph(10000)
	for _, name := range export.Formats() {
		f, _ := export.Lookup(name)
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := f.New().Write(io.Discard, g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
