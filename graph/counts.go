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

// SubgraphCounts counts, with the same keys as Counts, the part of the
// graph that the given articles support: the articles, their mentions, the
// entities and facts those mention (and the entities of those facts), and
// the direct edges of those facts
// (and the agent, patient and place edges); not their Report nodes. Unlike
// Counts it is not disturbed by other articles in the graph.
func (s *Store) SubgraphCounts(ctx context.Context, articleXIDs []string) (map[string]int, error) {
	counts := map[string]int{}
	preds := append(append([]string{}, schema.Relations()...), countedEdges...)
	for _, k := range append(append([]string{}, schema.NodeTypes...), preds...) {
		counts[k] = 0
	}
	if len(articleXIDs) == 0 {
		return counts, nil
	}
	var decl, body strings.Builder
	vars := map[string]string{}
	var names []string
	for i, x := range articleXIDs {
		v := fmt.Sprintf("a%d", i)
		vars["$"+v] = x
		if i > 0 {
			decl.WriteString(", ")
		}
		fmt.Fprintf(&decl, "$%s: string", v)
		fmt.Fprintf(&body, "%s as var(func: eq(xid, $%s)) @filter(type(Article))\n", v, v)
		names = append(names, v)
	}
	all := strings.Join(names, ", ")
	fmt.Fprintf(&body, `var(func: uid(%s)) { M as ~article }
var(func: uid(M)) { T as mention_of }
articles(func: uid(%s)) { n: count(uid) }
mentions(func: uid(M)) { n: count(uid) }
var(func: uid(T)) @filter(type(Fact)) { EA as agent EP as patient EL as place }
entities(func: uid(T, EA, EP, EL)) @filter(NOT type(Fact)) { dgraph.type }
facts(func: uid(T)) @filter(type(Fact)) { relation agent { uid } patient { uid } place { uid } }
`, all, all)
	out, err := s.Query(ctx, "query q("+decl.String()+") {\n"+body.String()+"}", vars)
	if err != nil {
		return nil, err
	}
	var got struct {
		Articles []struct{ N int } `json:"articles"`
		Mentions []struct{ N int } `json:"mentions"`
		Entities []struct {
			Types []string `json:"dgraph.type"`
		} `json:"entities"`
		Facts []struct {
			Relation string   `json:"relation"`
			Agent    *uidOnly `json:"agent"`
			Patient  *uidOnly `json:"patient"`
			Place    *uidOnly `json:"place"`
		} `json:"facts"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		return nil, fmt.Errorf("subgraph counts: %w", err)
	}
	for _, a := range got.Articles {
		counts["Article"] += a.N
	}
	for _, m := range got.Mentions {
		counts["Mention"] += m.N
		counts["article"] += m.N
		counts["mention_of"] += m.N
	}
	for _, e := range got.Entities {
		for _, t := range e.Types {
			counts[t]++
		}
	}
	var edges strings.Builder
	var rels []string
	for _, f := range got.Facts {
		counts["Fact"]++
		if f.Patient != nil {
			counts["patient"]++
		}
		if f.Place != nil {
			counts["place"]++
		}
		if f.Agent == nil {
			continue
		}
		counts["agent"]++
		if f.Patient == nil || !schema.IsRelation(f.Relation) {
			continue
		}
		list, err := uidList([]string{f.Agent.UID, f.Patient.UID})
		if err != nil {
			return nil, err
		}
		agent, patient, _ := strings.Cut(list, ", ")
		fmt.Fprintf(&edges, "e%d(func: uid(%s)) { n: count(%s @filter(uid(%s))) }\n", len(rels), agent, f.Relation, patient)
		rels = append(rels, f.Relation)
	}
	if len(rels) == 0 {
		return counts, nil
	}
	out, err = s.Query(ctx, "{\n"+edges.String()+"}", nil)
	if err != nil {
		return nil, err
	}
	var raw map[string][]struct{ N int }
	if err := json.Unmarshal(out, &raw); err != nil {
		return nil, fmt.Errorf("subgraph counts: %w", err)
	}
	for i, r := range rels {
		for _, e := range raw[fmt.Sprintf("e%d", i)] {
			counts[r] += e.N
		}
	}
	return counts, nil
}
