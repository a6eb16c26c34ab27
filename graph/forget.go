package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/schema"
)

// ForgetResult counts what Forget removed.
type ForgetResult struct {
	Mentions int `json:"mentions"`
	Facts    int `json:"facts"`
	Entities int `json:"entities"`
}

var uidPattern = regexp.MustCompile(`^0x[0-9a-f]+$`)

// uidList renders uids read from Dgraph for uid(...); anything else is
// refused, so no text but a uid reaches the query.
func uidList(uids []string) (string, error) {
	for _, u := range uids {
		if !uidPattern.MatchString(u) {
			return "", fmt.Errorf("not a uid: %q", u)
		}
	}
	return strings.Join(uids, ", "), nil
}

// Forget removes the article with the given xid, its mentions, every fact
// that rests only on it (node and direct edge), and every entity left with
// neither a mention nor a fact. A fact that other articles also report
// stays; its dates, counts and roles and its edge's facets are recomputed
// from the remaining mentions. Names only this article gave a remaining
// entity are removed (pruneNames).
func (s *Store) Forget(ctx context.Context, articleXID string) (ForgetResult, error) {
	var res ForgetResult
	var deleted map[string]entityData
	var deletedFacts map[string]factData
	var after forgetAfter
	err := s.retry(ctx, "forgetting "+articleXID, func(ctx context.Context) error {
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		deleted, deletedFacts = map[string]entityData{}, map[string]factData{}
		r, a, err := forget(ctx, txn, articleXID, deleted, deletedFacts)
		after = a
		if err != nil {
			return err
		}
		res = r
		if testHookForgetBeforeCommit != nil {
			testHookForgetBeforeCommit()
		}
		return txn.Commit(ctx)
	})
	if err != nil {
		return res, err
	}
	if err := s.verifyForgotten(ctx, deleted, deletedFacts); err != nil {
		return res, err
	}
	// A Save that committed while this Forget ran may give a pruned entity
	// a name this Forget removed (it read the entity's Reports before that
	// Save's): put back what a remaining Report claims.
	if err := s.restoreNames(ctx, after.pruned); err != nil {
		return res, err
	}
	// A Forget of another article that committed meanwhile may have left a
	// node this one kept (each saw the other's article) with nothing
	// referring to it.
	swept, err := s.sweep(ctx, after.kept)
	res.Entities += swept.Entities
	res.Facts += swept.Facts
	return res, err
}

// sweep deletes, of the given entities and facts, those nothing refers to
// any more: facts without a mention (node and direct edge), then entities
// with neither a mention nor a remaining fact. Like Forget it checks after
// committing that no Save referred to them meanwhile.
func (s *Store) sweep(ctx context.Context, uids []string) (ForgetResult, error) {
	var res ForgetResult
	if len(uids) == 0 {
		return res, nil
	}
	var deleted map[string]entityData
	var deletedFacts map[string]factData
	err := s.retry(ctx, "removing what nothing refers to", func(ctx context.Context) error {
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		res, deleted, deletedFacts = ForgetResult{}, map[string]entityData{}, map[string]factData{}
		nodes, err := refs(ctx, txn, uids)
		if err != nil {
			return err
		}
		del := &nquads{}
		gone := map[string]bool{}
		for _, n := range nodes {
			if n.XID == "" || !n.isFact() || len(n.Mentions) > 0 {
				continue
			}
			if !schema.IsRelation(n.Relation) {
				return fmt.Errorf("fact %s has unknown relation %q", n.XID, n.Relation)
			}
			gone[n.UID] = true
			res.Facts++
			del.star(n.UID)
			fd := factData{XID: n.XID, Name: n.Name, Relation: n.Relation}
			for _, e := range []struct {
				n  *refNode
				to *string
			}{{n.Agent, &fd.Agent}, {n.Patient, &fd.Patient}, {n.Place, &fd.Place}} {
				if e.n != nil {
					*e.to = e.n.UID
				}
			}
			deletedFacts[n.UID] = fd
			if n.Agent != nil && n.Patient != nil {
				del.line(n.Agent.UID, n.Relation, ref(n.Patient.UID), nil)
			}
		}
		for _, e := range nodes {
			if e.XID == "" || e.isFact() || len(e.Mentions) > 0 {
				continue
			}
			if slices.ContainsFunc(slices.Concat(e.AsAgent, e.AsPatient, e.AsPlace), func(f uidOnly) bool { return !gone[f.UID] }) {
				continue
			}
			del.star(e.UID)
			res.Entities++
			deleted[e.UID] = entityData{known: known{Types: e.Types, XID: e.XID, Name: e.Name, Alias: e.Alias,
				Canonical: e.Canonical, Forms: e.Forms, Merged: e.Merged, MergeLog: e.MergeLog}}
		}
		if del.n == 0 {
			return nil
		}
		_, err = txn.Do(ctx, &api.Request{Mutations: []*api.Mutation{{DelNquads: del.bytes()}}, CommitNow: true})
		return err
	})
	if err != nil {
		return res, err
	}
	return res, s.verifyForgotten(ctx, deleted, deletedFacts)
}

type refNode struct {
	UID       string       `json:"uid"`
	XID       string       `json:"xid"`
	Types     []string     `json:"dgraph.type"`
	Name      string       `json:"name"`
	Alias     []string     `json:"alias"`
	Canonical []string     `json:"canonical"`
	Forms     []string     `json:"alias_folded"`
	Merged    []string     `json:"merged_key"`
	MergeLog  []string     `json:"merge_log"`
	Relation  string       `json:"relation"`
	Agent     *refNode     `json:"agent"`
	Patient   *refNode     `json:"patient"`
	Place     *refNode     `json:"place"`
	Mentions  []mentionRef `json:"~mention_of"`
	AsAgent   []uidOnly    `json:"as_agent"`
	AsPatient []uidOnly    `json:"as_patient"`
	AsPlace   []uidOnly    `json:"as_place"`
	Skeletons []string     `json:"name_skeleton"`
	Codes     []string     `json:"name_code"`
	Reports   []struct {
		Alias     []string `json:"report_alias"`
		Canonical []string `json:"report_canonical"`
		MergeLog  []string `json:"merge_log"`
		In        uidOnly  `json:"reported_in"`
	} `json:"reports"`
}

// mentionRef is a Mention as Forget and repairs read it.
type mentionRef struct {
	UID        string  `json:"uid"`
	XID        string  `json:"xid"`
	Index      int     `json:"sentence_index"`
	Sentence   string  `json:"sentence"`
	Date       string  `json:"date"`
	Count      int     `json:"count"`
	Role       string  `json:"role"`
	Former     bool    `json:"former"`
	Confidence float64 `json:"confidence"`
	Article    struct {
		UID       string `json:"uid"`
		XID       string `json:"xid"`
		Published string `json:"published"`
	} `json:"article"`
}

const mentionRefFields = "uid xid sentence_index sentence date count role former confidence article { uid xid published }"

// writeClaims sets a fact's dates, counts and roles and its direct edge's
// facets (and edge_report) from its mentions.
func writeClaims(set *nquads, fact, relation, agent, patient string, ms []mentionRef) {
	ms = slices.Clone(ms)
	sort.Slice(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		return reportKey(a.Article.Published, a.Article.XID, a.Index) < reportKey(b.Article.Published, b.Article.XID, b.Index)
	})
	for _, m := range ms {
		if m.Date != "" {
			set.str(fact, "dates", m.Date)
		}
		if m.Count > 0 {
			set.int(fact, "counts", m.Count)
		}
		if m.Role != "" {
			set.str(fact, "roles", m.Role)
		}
	}
	if agent != "" && patient != "" && len(ms) > 0 {
		m := ms[0]
		r := newsgraph.Relation{
			Attrs:    newsgraph.Attrs{Date: m.Date, Count: m.Count, Role: m.Role, Former: m.Former},
			Evidence: newsgraph.Evidence{Sentence: m.Sentence, Confidence: m.Confidence},
		}
		set.edge(agent, relation, patient, edgeFacets(m.Article.XID, r)...)
		set.str(fact, "edge_report", reportKey(m.Article.Published, m.Article.XID, m.Index))
	}
}

type uidOnly struct {
	UID string `json:"uid"`
}

func (n *refNode) isFact() bool { return slices.Contains(n.Types, "Fact") }

// forgetAfter is what a Forget checks after committing.
type forgetAfter struct {
	pruned []string // entities it took names or merged keys from
	kept   []string // entities and facts it kept, judging them still referred to
}

// forget deletes the article in txn, filling deleted and deletedFacts with
// what it deletes.
func forget(ctx context.Context, txn *dgo.Txn, articleXID string, deleted map[string]entityData, deletedFacts map[string]factData) (res ForgetResult, after forgetAfter, err error) {
	resp, err := txn.QueryWithVars(ctx, `query q($a: string) {
  article(func: eq(xid, $a)) @filter(type(Article)) {
    uid
    mentions: ~article { uid target: mention_of { uid } }
    reports: ~reported_in { uid of: report_of { uid } }
  }
}`, map[string]string{"$a": articleXID})
	if err != nil {
		return res, after, err
	}
	var got struct {
		Article []struct {
			UID      string `json:"uid"`
			Mentions []struct {
				UID    string `json:"uid"`
				Target struct {
					UID string `json:"uid"`
				} `json:"target"`
			} `json:"mentions"`
			Reports []struct {
				UID string  `json:"uid"`
				Of  uidOnly `json:"of"`
			} `json:"reports"`
		} `json:"article"`
	}
	if err := json.Unmarshal(resp.Json, &got); err != nil {
		return res, after, err
	}
	if len(got.Article) == 0 {
		return res, after, newsgraph.Errorf(newsgraph.ENOTFOUND, "no article %s in the graph", articleXID)
	}
	art := got.Article[0]
	del := &nquads{}
	var targets []string
	for _, m := range art.Mentions {
		del.star(m.UID)
		res.Mentions++
		if m.Target.UID != "" && !slices.Contains(targets, m.Target.UID) {
			targets = append(targets, m.Target.UID)
		}
	}
	for _, r := range art.Reports {
		del.star(r.UID)
	}
	del.star(art.UID)

	var reported []string // entities the article named: their aliases may go
	for _, r := range art.Reports {
		if r.Of.UID != "" && !slices.Contains(reported, r.Of.UID) {
			reported = append(reported, r.Of.UID)
		}
	}
	nodes, err := refs(ctx, txn, targets)
	if err != nil {
		return res, after, err
	}
	set := &nquads{}
	gone := map[string]bool{}            // facts deleted
	candidates := slices.Clone(reported) // entities that may be orphaned
	for _, n := range nodes {
		if !n.isFact() {
			if !slices.Contains(candidates, n.UID) {
				candidates = append(candidates, n.UID)
			}
			continue
		}
		rest := n.Mentions[:0]
		for _, m := range n.Mentions {
			if m.Article.UID != art.UID {
				rest = append(rest, m)
			}
		}
		n.Mentions = rest
		for _, e := range []*refNode{n.Agent, n.Patient, n.Place} {
			if e != nil && !slices.Contains(candidates, e.UID) {
				candidates = append(candidates, e.UID)
			}
		}
		if !schema.IsRelation(n.Relation) {
			return res, after, fmt.Errorf("fact %s has unknown relation %q", n.XID, n.Relation)
		}
		if len(rest) == 0 {
			gone[n.UID] = true
			res.Facts++
			del.star(n.UID)
			fd := factData{XID: n.XID, Name: n.Name, Relation: n.Relation}
			for _, e := range []struct {
				n  *refNode
				to *string
			}{{n.Agent, &fd.Agent}, {n.Patient, &fd.Patient}, {n.Place, &fd.Place}} {
				if e.n != nil {
					*e.to = e.n.UID
				}
			}
			deletedFacts[n.UID] = fd
			if n.Agent != nil && n.Patient != nil {
				del.line(n.Agent.UID, n.Relation, ref(n.Patient.UID), nil)
			}
			continue
		}
		// Still reported elsewhere: recompute the claims from what remains.
		after.kept = append(after.kept, n.UID)
		for _, p := range []string{"dates", "counts", "roles"} {
			del.line(n.UID, p, "*", nil)
		}
		agent, patient := "", ""
		if n.Agent != nil && n.Patient != nil {
			agent, patient = n.Agent.UID, n.Patient.UID
		}
		writeClaims(set, n.UID, n.Relation, agent, patient, rest)
	}

	ents, err := refs(ctx, txn, candidates)
	if err != nil {
		return res, after, err
	}
	for _, e := range ents {
		if e.isFact() {
			continue
		}
		used := false
		for _, m := range e.Mentions {
			if m.Article.UID != art.UID {
				used = true
			}
		}
		for _, f := range slices.Concat(e.AsAgent, e.AsPatient, e.AsPlace) {
			if !gone[f.UID] {
				used = true
			}
		}
		if used {
			names := pruneNames(del, set, e, art.UID)
			keys := pruneMergedKeys(del, e, art.UID)
			if names || keys {
				after.pruned = append(after.pruned, e.UID)
			}
			after.kept = append(after.kept, e.UID)
		} else {
			del.star(e.UID)
			res.Entities++
			deleted[e.UID] = entityData{known: known{Types: e.Types, XID: e.XID, Name: e.Name, Alias: e.Alias,
				Canonical: e.Canonical, Forms: e.Forms, Merged: e.Merged, MergeLog: e.MergeLog}}
		}
	}

	if _, err := txn.Mutate(ctx, &api.Mutation{DelNquads: del.bytes()}); err != nil {
		return res, after, err
	}
	if set.n > 0 {
		if _, err := txn.Mutate(ctx, &api.Mutation{SetNquads: set.bytes()}); err != nil {
			return res, after, err
		}
	}
	return res, after, nil
}

// refs reads, for entity and fact nodes, what still refers to them.
func refs(ctx context.Context, txn *dgo.Txn, uids []string) ([]refNode, error) {
	if len(uids) == 0 {
		return nil, nil
	}
	list, err := uidList(uids)
	if err != nil {
		return nil, err
	}
	q := `{
  nodes(func: uid(` + list + `)) {
    uid xid dgraph.type relation name alias canonical alias_folded merged_key merge_log
    agent { uid } patient { uid } place { uid }
    ~mention_of { ` + mentionRefFields + ` }
    as_agent: ~agent { uid }
    as_patient: ~patient { uid }
    as_place: ~place { uid }
    reports: ~report_of { report_alias report_canonical merge_log reported_in { uid } }
    name_skeleton name_code
  }
}`
	resp, err := txn.Query(ctx, q)
	if err != nil {
		return nil, err
	}
	var got struct {
		Nodes []refNode `json:"nodes"`
	}
	if err := json.Unmarshal(resp.Json, &got); err != nil {
		return nil, err
	}
	return got.Nodes, nil
}

// joinedKeys returns the keys that merge log lines say joined an entity
// across articles.
func joinedKeys(log []string) []string {
	var out []string
	for _, l := range log {
		if m := ParseMergeLog(l); m.Kind == MergeAcrossArticles && m.Key != "" {
			out = append(out, m.Key)
		}
	}
	return out
}

// pruneMergedKeys removes from entity e the merged keys that only the
// forgotten article (uid art) joined to it, by its Report: later loads of
// such a key are judged anew instead of following a join nothing supports
// any more. Keys a user merged, or another article's Report names, stay.
// It reports whether it removed any.
func pruneMergedKeys(del *nquads, e refNode, art string) bool {
	gone := map[string]bool{}
	for _, r := range e.Reports {
		if r.In.UID == art {
			for _, k := range joinedKeys(r.MergeLog) {
				gone[k] = true
			}
		}
	}
	if len(gone) == 0 {
		return false
	}
	for _, r := range e.Reports {
		if r.In.UID != art {
			for _, k := range joinedKeys(r.MergeLog) {
				delete(gone, k)
			}
		}
	}
	for _, l := range e.MergeLog {
		if m := ParseMergeLog(l); m.Kind == MergeByUser {
			delete(gone, m.Key)
		}
	}
	changed := false
	for _, k := range e.Merged {
		if gone[k] {
			del.str(e.UID, "merged_key", k)
			changed = true
		}
	}
	return changed
}

// pruneNames removes from entity e the names only the forgotten article
// (uid art) gave it: aliases and canonical names that no other article's
// Report names, with their folded forms, skeletons and codes, and chooses
// the name again. An entity without other Reports (stored before Reports
// existed, or named only by a user's merge) keeps its names. It reports
// whether it removed or renamed anything.
func pruneNames(del, set *nquads, e refNode, art string) bool {
	var alias, canon []string
	others := 0
	for _, r := range e.Reports {
		if r.In.UID == art {
			continue
		}
		others++
		alias = append(alias, r.Alias...)
		canon = append(canon, r.Canonical...)
	}
	if others == 0 {
		return false
	}
	alias, canon = uniqueSorted(alias), uniqueSorted(canon)
	var forms []string
	for _, a := range alias {
		forms = append(forms, Fold(a))
	}
	forms = uniqueSorted(forms)
	changed := false
	drop := func(pred string, have, keep []string) {
		for _, v := range have {
			if !slices.Contains(keep, v) {
				del.str(e.UID, pred, v)
				changed = true
			}
		}
	}
	drop("alias", e.Alias, alias)
	drop("canonical", e.Canonical, canon)
	drop("alias_folded", e.Forms, forms)
	for _, t := range e.Types {
		if slices.Contains(newsgraph.EntityTypes, newsgraph.EntityType(t)) {
			skels, codes := nameKeys(newsgraph.EntityType(t), forms)
			drop("name_skeleton", e.Skeletons, skels)
			drop("name_code", e.Codes, codes)
		}
	}
	if name := chooseName(canon, alias); name != "" && name != e.Name {
		set.str(e.UID, "name", name)
		set.str(e.UID, "name_folded", Fold(name))
		changed = true
	}
	return changed
}

// ArticleByOrigin returns the xid of the stored article with that origin
// (see Origin): the version of a file or URL that is in the graph, whatever
// its text is now. No such article is an ENOTFOUND error.
func (s *Store) ArticleByOrigin(ctx context.Context, origin string) (string, error) {
	if origin == "" {
		return "", newsgraph.Errorf(newsgraph.EINVALID, "empty origin")
	}
	out, err := s.Query(ctx, `query q($o: string) { q(func: eq(origin, $o)) @filter(type(Article)) { xid } }`, map[string]string{"$o": origin})
	if err != nil {
		return "", err
	}
	var got struct {
		Q []struct {
			XID string `json:"xid"`
		} `json:"q"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		return "", newsgraph.Wrap(newsgraph.EINTERNAL, err, "decoding the article of origin %s", origin)
	}
	if len(got.Q) == 0 {
		return "", newsgraph.Errorf(newsgraph.ENOTFOUND, "no article from %s in the graph", origin)
	}
	return got.Q[0].XID, nil
}
