package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// countedEdges are the uid predicates Counts reports besides the relations.
var countedEdges = []string{"article", "mention_of", "agent", "patient", "place"}

// Counts returns the number of nodes of each dgraph.type (keys "Person",
// "Fact", …) and of edges of each uid predicate (keys "dismissed",
// "mention_of", …), zeros included.
func (s *Store) Counts(ctx context.Context) (map[string]int, error) {
	var b strings.Builder
	b.WriteString("{\n")
	for _, t := range schema.NodeTypes {
		fmt.Fprintf(&b, "%s(func: type(%s)) { n: count(uid) }\n", t, t)
	}
	preds := append(append([]string{}, schema.Relations()...), countedEdges...)
	for i, p := range preds {
		fmt.Fprintf(&b, "var(func: has(%s)) { c%d as count(%s) }\n", p, i, p)
		fmt.Fprintf(&b, "%s() { n: sum(val(c%d)) }\n", p, i)
	}
	b.WriteString("}")
	out, err := s.Query(ctx, b.String(), nil)
	if err != nil {
		return nil, err
	}
	var raw map[string][]struct {
		N int `json:"n"`
	}
	if err := json.Unmarshal(out, &raw); err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	counts := map[string]int{}
	for _, k := range append(append([]string{}, schema.NodeTypes...), preds...) {
		counts[k] = 0
		for _, r := range raw[k] {
			counts[k] += r.N
		}
	}
	return counts, nil
}
