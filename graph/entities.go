package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/schema"
)

// EntityInfo describes one stored entity.
type EntityInfo struct {
	UID        string   `json:"uid"`
	XID        string   `json:"xid"`
	Name       string   `json:"name"`
	Types      []string `json:"dgraph.type"`
	Aliases    []string `json:"alias,omitempty"`
	Canonical  []string `json:"canonical,omitempty"`
	Forms      []string `json:"alias_folded,omitempty"`
	MergedKeys []string `json:"merged_key,omitempty"`
	Mentions   int      `json:"mentions"`
	// MergeLog says why names and keys were identified with the entity:
	// the resolver's decisions per article ("xid: reason") and the user's.
	MergeLog []string `json:"merge_log,omitempty"`
	Reports  []struct {
		MergeLog []string `json:"merge_log"`
		Article  struct {
			XID string `json:"xid"`
		} `json:"reported_in"`
	} `json:"reports,omitempty"`
}

// Type returns the entity type.
func (e EntityInfo) Type() string {
	for _, t := range e.Types {
		if slices.Contains(newsgraph.EntityTypes, newsgraph.EntityType(t)) {
			return t
		}
	}
	return ""
}

const entityFilter = "type(Person) OR type(Organization) OR type(State) OR type(Place) OR type(Event)"

const entityFields = "uid xid name dgraph.type alias canonical alias_folded merged_key merge_log mentions: count(~mention_of) reports: ~report_of @filter(has(merge_log)) { merge_log reported_in { xid } }"

// FindEntities returns the stored entities a user's reference names: the
// entity with that key (or that merged key), else those with that name,
// else those with that alias, compared case- and accent-insensitively.
func (s *Store) FindEntities(ctx context.Context, ref string) ([]EntityInfo, error) {
	var out []EntityInfo
	err := s.retry(ctx, "finding "+ref, func(ctx context.Context) error {
		txn := s.dg.NewReadOnlyTxn()
		var err error
		out, err = findEntities(ctx, txn, ref)
		return err
	})
	return out, err
}

func findEntities(ctx context.Context, txn *dgo.Txn, ref string) ([]EntityInfo, error) {
	q := `query q($r: string, $f: string) {
  byKey(func: eq(xid, $r)) @filter(` + entityFilter + `) { ` + entityFields + ` }
  byMerged(func: eq(merged_key, $r)) @filter(` + entityFilter + `) { ` + entityFields + ` }
  byName(func: eq(name_folded, $f)) @filter(` + entityFilter + `) { ` + entityFields + ` }
  byAlias(func: eq(alias_folded, $f)) @filter(` + entityFilter + `) { ` + entityFields + ` }
}`
	resp, err := txn.QueryWithVars(ctx, q, map[string]string{"$r": ref, "$f": Fold(ref)})
	if err != nil {
		return nil, err
	}
	var got map[string][]EntityInfo
	if err := json.Unmarshal(resp.Json, &got); err != nil {
		return nil, err
	}
	for _, groups := range [][]string{{"byKey", "byMerged"}, {"byName"}, {"byAlias"}} {
		var out []EntityInfo
		for _, g := range groups {
			for _, e := range got[g] {
				for _, r := range e.Reports {
					for _, m := range r.MergeLog {
						e.MergeLog = append(e.MergeLog, "article "+r.Article.XID+": "+m)
					}
				}
				e.Reports = nil
				slices.Sort(e.MergeLog)
				if !slices.ContainsFunc(out, func(o EntityInfo) bool { return o.UID == e.UID }) {
					out = append(out, e)
				}
			}
		}
		if len(out) > 0 {
			return out, nil
		}
	}
	return nil, nil
}

// findOne is findEntities for exactly one entity.
func findOne(ctx context.Context, txn *dgo.Txn, ref string) (EntityInfo, error) {
	es, err := findEntities(ctx, txn, ref)
	if err != nil {
		return EntityInfo{}, err
	}
	switch len(es) {
	case 0:
		return EntityInfo{}, newsgraph.Errorf(newsgraph.ENOTFOUND, "no entity %q in the graph", ref)
	case 1:
		return es[0], nil
	}
	var names []string
	for _, e := range es {
		names = append(names, fmt.Sprintf("%s %q (key %s)", e.Type(), e.Name, e.XID))
	}
	return EntityInfo{}, newsgraph.Errorf(newsgraph.EINVALID, "%q names %d entities: %s; give a key", ref, len(es), strings.Join(names, ", "))
}

// MergeResult says what MergeEntities did.
type MergeResult struct {
	Into        EntityInfo `json:"into"`
	From        EntityInfo `json:"from"`
	Mentions    int        `json:"mentions_moved"`
	FactsMoved  int        `json:"facts_moved"`
	FactsJoined int        `json:"facts_joined"` // merged into a fact the target already had
}

type mergeFact struct {
	UID      string   `json:"uid"`
	XID      string   `json:"xid"`
	Relation string   `json:"relation"`
	Dates    []string `json:"dates"`
	Counts   []int    `json:"counts"`
	Roles    []string `json:"roles"`
	Agent    *struct {
		UID  string `json:"uid"`
		XID  string `json:"xid"`
		Name string `json:"name"`
	} `json:"agent"`
	Patient *struct {
		UID  string `json:"uid"`
		XID  string `json:"xid"`
		Name string `json:"name"`
	} `json:"patient"`
	Mentions []uidOnly `json:"ms"`
}

// MergeEntities makes the entity from names the same as the entity into
// names (a user correcting the resolver): from's mentions, facts, direct
// edges, names and aliases move to into, a fact both had becomes one, and
// from's key is recorded as into's merged_key, so later loads that produce
// it land on into. Both must be of one type.
func (s *Store) MergeEntities(ctx context.Context, into, from string) (MergeResult, error) {
	var res MergeResult
	if err := s.ensureSchema(ctx); err != nil {
		return res, err
	}
	err := s.retry(ctx, "merging "+from+" into "+into, func(ctx context.Context) error {
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		var err error
		res, err = merge(ctx, txn, into, from)
		if err != nil {
			return err
		}
		return txn.Commit(ctx)
	})
	return res, err
}

func merge(ctx context.Context, txn *dgo.Txn, into, from string) (MergeResult, error) {
	var res MergeResult
	a, err := findOne(ctx, txn, into)
	if err != nil {
		return res, err
	}
	b, err := findOne(ctx, txn, from)
	if err != nil {
		return res, err
	}
	res.Into, res.From = a, b
	if a.UID == b.UID {
		return res, newsgraph.Errorf(newsgraph.EINVALID, "%q and %q are already one entity (%s)", into, from, a.XID)
	}
	if a.Type() != b.Type() {
		return res, newsgraph.Errorf(newsgraph.EINVALID, "cannot merge %s %q into %s %q: types differ", b.Type(), b.Name, a.Type(), a.Name)
	}
	list, err := uidList([]string{b.UID})
	if err != nil {
		return res, err
	}
	factFields := "uid xid relation dates counts roles agent { uid xid name } patient { uid xid name } ms: ~mention_of { uid }"
	resp, err := txn.Query(ctx, `{
  b(func: uid(`+list+`)) {
    ms: ~mention_of { uid }
    rs: ~report_of { uid }
    fa: ~agent { `+factFields+` }
    fp: ~patient { `+factFields+` }
    fl: ~place { uid }
  }
}`)
	if err != nil {
		return res, err
	}
	var got struct {
		B []struct {
			Mentions []uidOnly   `json:"ms"`
			Reports  []uidOnly   `json:"rs"`
			AsAgent  []mergeFact `json:"fa"`
			AsPat    []mergeFact `json:"fp"`
			AsPlace  []uidOnly   `json:"fl"`
		} `json:"b"`
	}
	if err := json.Unmarshal(resp.Json, &got); err != nil {
		return res, err
	}
	if len(got.B) != 1 {
		return res, fmt.Errorf("entity %s vanished", b.XID)
	}
	bn := got.B[0]
	var facts []mergeFact
	for _, f := range append(bn.AsAgent, bn.AsPat...) {
		if !slices.ContainsFunc(facts, func(o mergeFact) bool { return o.UID == f.UID }) {
			facts = append(facts, f)
		}
	}

	// For each fact: its new identity, the fact that may already have it,
	// and the facets of its direct edge.
	vars := map[string]string{}
	var decl, body strings.Builder
	newXID := make([]string, len(facts))
	for i, f := range facts {
		if !schema.IsRelation(f.Relation) {
			return res, fmt.Errorf("fact %s has unknown relation %q", f.XID, f.Relation)
		}
		agent, patient := "", ""
		if f.Agent != nil {
			agent = f.Agent.XID
			if f.Agent.UID == b.UID {
				agent = a.XID
			}
		}
		if f.Patient != nil {
			patient = f.Patient.XID
			if f.Patient.UID == b.UID {
				patient = a.XID
			}
		}
		newXID[i] = FactXID(f.Relation, agent, patient)
		v := fmt.Sprintf("$t%d", i)
		vars[v] = newXID[i]
		if decl.Len() > 0 {
			decl.WriteString(", ")
		}
		decl.WriteString(v + ": string")
		fmt.Fprintf(&body, "t%d(func: eq(xid, %s)) { uid }\n", i, v)
		if f.Agent != nil && f.Patient != nil {
			l, err := uidList([]string{f.Agent.UID, f.Patient.UID})
			if err != nil {
				return res, err
			}
			ag, pa, _ := strings.Cut(l, ", ")
			fmt.Fprintf(&body, "e%d(func: uid(%s)) { %s @facets @filter(uid(%s)) { uid } }\n", i, ag, f.Relation, pa)
		}
	}
	var existing map[string][]map[string]any
	if len(facts) > 0 {
		q := "{\n" + body.String() + "}"
		if decl.Len() > 0 {
			q = "query q(" + decl.String() + ") {\n" + body.String() + "}"
		}
		resp, err := txn.QueryWithVars(ctx, q, vars)
		if err != nil {
			return res, err
		}
		if err := json.Unmarshal(resp.Json, &existing); err != nil {
			return res, err
		}
	}

	del, set := &nquads{}, &nquads{}
	aName := chooseName(uniqueSorted(append(slices.Clone(a.Canonical), b.Canonical...)), uniqueSorted(append(slices.Clone(a.Aliases), b.Aliases...)))
	for i, f := range facts {
		agentUID, patientUID, agentName, patientName := "", "", "", ""
		if f.Agent != nil {
			agentUID, agentName = f.Agent.UID, f.Agent.Name
			if agentUID == b.UID {
				agentUID, agentName = a.UID, aName
			}
		}
		if f.Patient != nil {
			patientUID, patientName = f.Patient.UID, f.Patient.Name
			if patientUID == b.UID {
				patientUID, patientName = a.UID, aName
			}
		}
		if f.Agent != nil && f.Patient != nil {
			del.line(f.Agent.UID, f.Relation, ref(f.Patient.UID), nil)
		}
		var target string
		if t := existing[fmt.Sprintf("t%d", i)]; len(t) > 0 {
			target, _ = t[0]["uid"].(string)
		}
		if target != "" && target != f.UID {
			// The merged entity already has this fact: one fact, all mentions.
			res.FactsJoined++
			del.star(f.UID)
			for _, m := range f.Mentions {
				set.edge(m.UID, "mention_of", target)
			}
			for _, d := range f.Dates {
				set.str(target, "dates", d)
			}
			for _, c := range f.Counts {
				set.int(target, "counts", c)
			}
			for _, r := range f.Roles {
				set.str(target, "roles", r)
			}
			continue
		}
		res.FactsMoved++
		set.str(f.UID, "xid", newXID[i])
		set.str(f.UID, "name", factLabel(f.Relation, agentName, patientName))
		if agentUID != "" {
			set.edge(f.UID, "agent", agentUID)
		}
		if patientUID != "" {
			set.edge(f.UID, "patient", patientUID)
		}
		if agentUID != "" && patientUID != "" {
			set.edge(agentUID, f.Relation, patientUID, edgeFacetsFrom(existing[fmt.Sprintf("e%d", i)], f.Relation)...)
		}
	}
	for _, m := range bn.Mentions {
		set.edge(m.UID, "mention_of", a.UID)
		res.Mentions++
	}
	for _, f := range bn.AsPlace {
		set.edge(f.UID, "place", a.UID)
	}
	for _, r := range bn.Reports {
		set.edge(r.UID, "report_of", a.UID)
	}
	for _, v := range b.MergeLog {
		if !strings.HasPrefix(v, "article ") { // the reports' lines move with them
			set.str(a.UID, "merge_log", v)
		}
	}
	set.str(a.UID, "merge_log", userMergeLine(b.XID, b.Name))
	// The decision outlives a: should a be forgotten and loaded again,
	// either key joins the other's entity.
	pair := []string{a.XID, b.XID}
	slices.Sort(pair)
	jx := hashID("joined:", pair...)
	resp, err = txn.QueryWithVars(ctx, `query q($j: string) { j(func: eq(xid, $j)) { uid } }`, map[string]string{"$j": jx})
	if err != nil {
		return res, err
	}
	var prior struct {
		J []uidOnly `json:"j"`
	}
	if err := json.Unmarshal(resp.Json, &prior); err != nil {
		return res, err
	}
	j := "_:joined"
	if len(prior.J) > 0 {
		j = prior.J[0].UID // the same pair merged before (the entity was forgotten since)
	}
	set.str(j, "dgraph.type", "Joined")
	set.str(j, "xid", jx)
	set.str(j, "name", a.Name+" = "+b.Name)
	set.str(j, "joined_key", pair[0])
	set.str(j, "joined_key", pair[1])
	for _, v := range b.Aliases {
		set.str(a.UID, "alias", v)
	}
	for _, v := range b.Forms {
		set.str(a.UID, "alias_folded", v)
	}
	for _, v := range b.Canonical {
		set.str(a.UID, "canonical", v)
	}
	for _, v := range append(slices.Clone(b.MergedKeys), b.XID) {
		set.str(a.UID, "merged_key", v)
	}
	if aName != a.Name {
		set.str(a.UID, "name", aName)
		set.str(a.UID, "name_folded", Fold(aName))
	}
	del.star(b.UID)
	if _, err := txn.Mutate(ctx, &api.Mutation{DelNquads: del.bytes()}); err != nil {
		return res, err
	}
	if _, err := txn.Mutate(ctx, &api.Mutation{SetNquads: set.bytes()}); err != nil {
		return res, err
	}
	return res, nil
}

// edgeFacetsFrom reads the facets of one direct edge from a query result
// {"rel": [{"uid": …, "rel|article": …}]}.
func edgeFacetsFrom(nodes []map[string]any, relation string) []facet {
	var fs []facet
	for _, n := range nodes {
		edges, _ := n[relation].([]any)
		for _, e := range edges {
			m, _ := e.(map[string]any)
			for k, v := range m {
				name, ok := strings.CutPrefix(k, relation+"|")
				if !ok {
					continue
				}
				switch v := v.(type) {
				case string:
					fs = append(fs, facet{name, v})
				case bool:
					fs = append(fs, facet{name, v})
				case float64:
					if name == "count" {
						fs = append(fs, facet{name, int(v)})
					} else {
						fs = append(fs, facet{name, v})
					}
				}
			}
		}
	}
	slices.SortFunc(fs, func(x, y facet) int { return strings.Compare(x.key, y.key) })
	return fs
}

// SplitEntity undoes a merge: key, merged into the entity ref names, gets
// its own entity again. The decision is stored (a Distinct node), so later
// loads keep them apart. It returns the xids of the articles that mention
// the entity: they must be extracted and saved again (Forget, then Save)
// for their mentions and facts to move; Store.Article reads them back.
func (s *Store) SplitEntity(ctx context.Context, ref, key string) (EntityInfo, []string, error) {
	var ent EntityInfo
	var articles []string
	if err := s.ensureSchema(ctx); err != nil {
		return ent, nil, err
	}
	err := s.retry(ctx, "splitting "+key+" from "+ref, func(ctx context.Context) error {
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		e, err := findOne(ctx, txn, ref)
		if err != nil {
			return err
		}
		ent = e
		if !slices.Contains(e.MergedKeys, key) {
			return newsgraph.Errorf(newsgraph.EINVALID, "%q was not merged into %s %q (merged keys: %s)",
				key, e.Type(), e.Name, strings.Join(e.MergedKeys, ", "))
		}
		list, err := uidList([]string{e.UID})
		if err != nil {
			return err
		}
		resp, err := txn.Query(ctx, `{ q(func: uid(`+list+`)) { ~mention_of { article { xid } } } }`)
		if err != nil {
			return err
		}
		var got struct {
			Q []struct {
				M []struct {
					Article struct {
						XID string `json:"xid"`
					} `json:"article"`
				} `json:"~mention_of"`
			} `json:"q"`
		}
		if err := json.Unmarshal(resp.Json, &got); err != nil {
			return err
		}
		articles = nil
		for _, q := range got.Q {
			for _, m := range q.M {
				if m.Article.XID != "" && !slices.Contains(articles, m.Article.XID) {
					articles = append(articles, m.Article.XID)
				}
			}
		}
		del, set := &nquads{}, &nquads{}
		del.str(e.UID, "merged_key", key)
		// The undone merge no longer explains the entity's names: its line
		// goes, the split's line records that it happened.
		for _, l := range e.MergeLog {
			if strings.HasPrefix(l, "user merged "+key+" ") {
				del.str(e.UID, "merge_log", l)
			}
		}
		set.str(e.UID, "merge_log", userSplitLine(key))
		// The user's merge of key into the entity, if it was one, is undone.
		jr, err := txn.QueryWithVars(ctx, `query q($k: string) { j(func: eq(joined_key, $k)) @filter(type(Joined)) { uid joined_key } }`,
			map[string]string{"$k": key})
		if err != nil {
			return err
		}
		var joined struct {
			J []struct {
				UID  string   `json:"uid"`
				Keys []string `json:"joined_key"`
			} `json:"j"`
		}
		if err := json.Unmarshal(jr.Json, &joined); err != nil {
			return err
		}
		for _, j := range joined.J {
			for _, k := range j.Keys {
				if k != key && (k == e.XID || slices.Contains(e.MergedKeys, k)) {
					del.star(j.UID)
					break
				}
			}
		}
		pair := []string{e.XID, key}
		slices.Sort(pair)
		d := "_:distinct"
		set.str(d, "dgraph.type", "Distinct")
		set.str(d, "xid", hashID("distinct:", pair...))
		set.str(d, "name", e.Name+" ≠ "+key)
		set.str(d, "distinct_key", pair[0])
		set.str(d, "distinct_key", pair[1])
		if _, err := txn.Mutate(ctx, &api.Mutation{DelNquads: del.bytes()}); err != nil {
			return err
		}
		if _, err := txn.Mutate(ctx, &api.Mutation{SetNquads: set.bytes()}); err != nil {
			return err
		}
		return txn.Commit(ctx)
	})
	return ent, articles, err
}

// Article reads a stored article back, so that it can be extracted again.
func (s *Store) Article(ctx context.Context, xid string) (newsgraph.Article, error) {
	out, err := s.Query(ctx, `query q($x: string) {
  q(func: eq(xid, $x)) @filter(type(Article)) { xid title source url file format published author text }
}`, map[string]string{"$x": xid})
	if err != nil {
		return newsgraph.Article{}, err
	}
	var got struct {
		Q []struct {
			XID       string   `json:"xid"`
			Title     string   `json:"title"`
			Source    string   `json:"source"`
			URL       string   `json:"url"`
			File      string   `json:"file"`
			Format    string   `json:"format"`
			Published string   `json:"published"`
			Author    []string `json:"author"`
			Text      string   `json:"text"`
		} `json:"q"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		return newsgraph.Article{}, err
	}
	if len(got.Q) == 0 {
		return newsgraph.Article{}, newsgraph.Errorf(newsgraph.ENOTFOUND, "no article %s in the graph", xid)
	}
	g := got.Q[0]
	return newsgraph.Article{XID: g.XID, Title: g.Title, Source: g.Source, URL: g.URL, File: g.File,
		Format: g.Format, Date: g.Published, Authors: g.Author, Text: g.Text}, nil
}
