package query

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/schema"
)

// PathResult is the shortest chain of relations between two actors.
type PathResult struct {
	From  Ref    `json:"from"`
	To    Ref    `json:"to"`
	Steps []Step `json:"steps"`
}

// Step is one edge of a path. Forward is false when the path walks the
// edge against its direction (To did Relation to From).
type Step struct {
	From     Ref    `json:"from"`
	Relation string `json:"relation"`
	Forward  bool   `json:"forward"`
	To       Ref    `json:"to"`
	Facts    []Fact `json:"facts"` // the evidence for the edge
}

// pathQuery is shortestPathQuery with the relation predicates, both ways,
// and the depth filled in (no user text).
func pathQuery(depth int) string {
	var preds []string
	for _, r := range schema.Relations() {
		preds = append(preds, r, "~"+r)
	}
	return fmt.Sprintf(`query path($a: string, $b: string) {
	A as var(func: uid($a))
	B as var(func: uid($b))
	P as shortest(from: uid(A), to: uid(B), depth: %d) { %s }
	nodes(func: uid(P)) { uid xid name dgraph.type }
}`, depth, strings.Join(preds, " "))
}

// Path finds a shortest path between the actors a and b over the relation
// edges in either direction, with the facts behind each edge. No path is
// an ENOTFOUND error.
func (c *Client) Path(ctx context.Context, a, b string) (*PathResult, error) {
	from, err := c.Resolve(ctx, a)
	if err != nil {
		return nil, err
	}
	to, err := c.Resolve(ctx, b)
	if err != nil {
		return nil, err
	}
	res := &PathResult{From: from, To: to, Steps: []Step{}}
	if from.UID == to.UID {
		return res, nil
	}
	depth := c.MaxDepth
	if depth < 1 {
		depth = 6
	}
	var raw struct {
		Path  []map[string]json.RawMessage `json:"_path_"`
		Nodes []rawRef                     `json:"nodes"`
	}
	if err := c.run(ctx, pathQuery(depth), map[string]string{"$a": from.UID, "$b": to.UID}, &raw); err != nil {
		return nil, err
	}
	if len(raw.Path) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no path of at most %d relations between %s and %s", depth, from, to)
	}
	nodes := map[string]Ref{}
	for _, n := range raw.Nodes {
		nodes[n.UID] = *n.ref()
	}
	hops, err := walkPath(raw.Path[0])
	if err != nil {
		return nil, err
	}
	for _, h := range hops {
		st := Step{From: nodes[h.from], Relation: h.relation, Forward: h.forward, To: nodes[h.to]}
		agent, patient := h.from, h.to
		if !h.forward {
			agent, patient = patient, agent
		}
		st.Facts, err = c.facts(ctx, h.relation, agent, patient)
		if err != nil {
			return nil, err
		}
		res.Steps = append(res.Steps, st)
	}
	return res, nil
}

type hop struct {
	from, relation, to string
	forward            bool
}

// walkPath reads Dgraph's nested _path_ object ({uid, pred: {uid, pred2:
// {...}}}) into hops.
func walkPath(obj map[string]json.RawMessage) ([]hop, error) {
	var hops []hop
	for {
		var uid string
		if err := json.Unmarshal(obj["uid"], &uid); err != nil {
			return nil, newsgraph.Wrap(newsgraph.EINTERNAL, err, "reading a path")
		}
		var next map[string]json.RawMessage
		pred := ""
		for k, v := range obj {
			if k == "uid" || k == "_weight_" {
				continue
			}
			if err := json.Unmarshal(v, &next); err != nil {
				var list []map[string]json.RawMessage
				if err := json.Unmarshal(v, &list); err != nil || len(list) == 0 {
					continue
				}
				next = list[0]
			}
			pred = k
			break
		}
		if pred == "" {
			return hops, nil
		}
		var to string
		if err := json.Unmarshal(next["uid"], &to); err != nil {
			return nil, newsgraph.Wrap(newsgraph.EINTERNAL, err, "reading a path")
		}
		rel, reverse := strings.CutPrefix(pred, "~")
		hops = append(hops, hop{from: uid, relation: rel, to: to, forward: !reverse})
		obj = next
	}
}
