package query

import (
	"context"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/schema"
)

// relationOrder ranks the relation types as the vocabulary lists them.
func relationOrder() map[string]int {
	order := map[string]int{}
	for i, r := range schema.Relations() {
		order[r] = i
	}
	return order
}

// CheckRelation returns an EINVALID error naming the known types unless
// typ is one of them.
func CheckRelation(typ string) error {
	if schema.IsRelation(typ) {
		return nil
	}
	return newsgraph.Errorf(newsgraph.EINVALID, "unknown relation type %q; known: %s", typ, strings.Join(schema.Relations(), ", "))
}

// RelationsResult is the answer of Relations.
type RelationsResult struct {
	Relation string `json:"relation,omitempty"`
	From     *Ref   `json:"from,omitempty"`
	To       *Ref   `json:"to,omitempty"`
	Facts    []Fact `json:"facts"`
}

// Relations lists the facts of relation type typ (any type when empty)
// whose agent is from and whose patient is to (either may be empty: any).
// At least one of the three must be given.
func (c *Client) Relations(ctx context.Context, typ, from, to string) (*RelationsResult, error) {
	if typ == "" && from == "" && to == "" {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "give a relation type, --from or --to")
	}
	if typ != "" {
		if err := CheckRelation(typ); err != nil {
			return nil, err
		}
	}
	res := &RelationsResult{Relation: typ, Facts: []Fact{}}
	var fromUID, toUID string
	if from != "" {
		r, err := c.Resolve(ctx, from)
		if err != nil {
			return nil, err
		}
		res.From, fromUID = &r, r.UID
	}
	if to != "" {
		r, err := c.Resolve(ctx, to)
		if err != nil {
			return nil, err
		}
		res.To, toUID = &r, r.UID
	}
	facts, err := c.facts(ctx, typ, fromUID, toUID)
	if err != nil {
		return nil, err
	}
	res.Facts = facts
	return res, nil
}

// facts returns the facts with the given relation type, agent uid and
// patient uid; empty arguments do not restrict. The query is assembled
// from constant fragments; the values travel as variables.
func (c *Client) facts(ctx context.Context, typ, agentUID, patientUID string) ([]Fact, error) {
	var blocks, sets []string
	vars := map[string]string{}
	var params []string
	if typ != "" {
		params = append(params, "$type: string")
		vars["$type"] = typ
		blocks = append(blocks, "T as var(func: eq(relation, $type))")
		sets = append(sets, "T")
	}
	if agentUID != "" {
		params = append(params, "$agent: string")
		vars["$agent"] = agentUID
		blocks = append(blocks, "var(func: uid($agent)) { A as ~agent }")
		sets = append(sets, "A")
	}
	if patientUID != "" {
		params = append(params, "$patient: string")
		vars["$patient"] = patientUID
		blocks = append(blocks, "var(func: uid($patient)) { P as ~patient }")
		sets = append(sets, "P")
	}
	if len(sets) == 0 {
		sets = append(sets, "F")
		blocks = append(blocks, "F as var(func: has(relation))")
	}
	filter := ""
	if len(sets) > 1 {
		var fs []string
		for _, s := range sets[1:] {
			fs = append(fs, "uid("+s+")")
		}
		filter = " @filter(" + strings.Join(fs, " AND ") + ")"
	}
	q := "query facts(" + strings.Join(params, ", ") + ") {\n" + strings.Join(blocks, "\n") +
		"\nf(func: uid(" + sets[0] + "))" + filter + " { " + factFields + " }\n}"
	if len(params) == 0 {
		q = strings.Replace(q, "query facts() ", "", 1)
	}
	var raw struct {
		F []rawFact `json:"f"`
	}
	if err := c.run(ctx, q, vars, &raw); err != nil {
		return nil, err
	}
	out := make([]Fact, 0, len(raw.F))
	for _, rf := range raw.F {
		out = append(out, rf.fact())
	}
	sortFacts(out)
	return out, nil
}
