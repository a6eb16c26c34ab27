package graph

import (
	"context"
	"slices"
	"strings"

	"github.com/dgraph-io/dgo/v230"
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/names"
)

// Cross-article identity. The resolver keys an entity from one article's
// forms, so one person can arrive under two keys ("person:toakov" from an
// article that spells Tojakow, "person:tokaev" from others). Before a Save
// writes a new key, it looks in the graph, in the same transaction, for an
// entity of the same type that shares a folded form (alias_folded) and
// passes sameEntity; if there is exactly one, the incoming entity becomes
// that node (its key is kept as merged_key, so later articles with it find
// the node directly). alias_folded is @upsert: two transactions that create
// different keys with a shared form conflict, and the retried one finds the
// other's node.

// known is an entity already in the graph.
type known struct {
	UID        string   `json:"uid"`
	XID        string   `json:"xid"`
	Name       string   `json:"name"`
	Canonical  []string `json:"canonical"`
	Forms      []string `json:"alias_folded"`
	Keys       []string `json:"distinct_key"` // Distinct rules only
	Analysis   string   `json:"analysis"`     // Articles only
	Alias      []string `json:"alias"`
	Merged     []string `json:"merged_key"`
	Types      []string `json:"dgraph.type"`
	EdgeReport string   `json:"edge_report"` // Facts only
}

// forms returns the folded name and aliases of e.
func forms(e newsgraph.Entity) []string {
	out := []string{Fold(e.Name)}
	for _, a := range e.Aliases {
		out = append(out, Fold(a))
	}
	return uniqueSorted(out)
}

// identify maps the analysis's entity keys to the keys of entities already
// in the graph. It returns the analysis with keys replaced and, per stored
// key, the incoming keys merged into it.
//
// The same query also tells whether the article is stored already
// (state.stored) and which older version has its origin (state.older).
func identify(ctx context.Context, txn *dgo.Txn, a newsgraph.Analysis, origin string) (newsgraph.Analysis, map[string][]string, articleState, error) {
	var st articleState
	var b batchQuery
	b.add("article(func: eq(xid, %s)) @filter(type(Article)) { xid analysis }", a.Article.XID)
	if origin != "" {
		b.add("older(func: eq(origin, %s)) @filter(type(Article)) { xid }", origin)
	}
	entForms := make([][]string, len(a.Entities))
	var keys, allForms []string
	for i, e := range a.Entities {
		if !slices.Contains(newsgraph.EntityTypes, e.Type) {
			return a, nil, st, newsgraph.Errorf(newsgraph.EINVALID, "entity %q has unknown type %q", e.Key, e.Type)
		}
		keys = append(keys, e.Key)
		entForms[i] = forms(e)
		allForms = append(allForms, entForms[i]...)
	}
	keys, allForms = uniqueSorted(keys), uniqueSorted(allForms)
	b.addList("k", "(func: eq(xid, %s)) { xid }", keys)
	b.addList("m", "(func: eq(merged_key, %s)) @filter("+entityFilter+") { xid merged_key dgraph.type }", keys)
	b.addList("d", "(func: eq(distinct_key, %s)) @filter(type(Distinct)) { distinct_key }", keys)
	b.addList("c", "(func: eq(alias_folded, %s)) @filter("+entityFilter+") { uid xid name canonical alias_folded dgraph.type }", allForms)
	raw, err := b.run(ctx, txn)
	if err != nil {
		return a, nil, st, err
	}
	if art := raw.get("article"); len(art) > 0 {
		st.stored = true
		st.analysis = art[0].Analysis
	}
	for _, o := range raw.get("older") {
		if o.XID != a.Article.XID {
			st.older = o.XID
		}
	}
	if st.stored || st.older != "" {
		return a, nil, st, nil
	}
	exists := map[string]bool{}
	for _, k := range raw.list("k") {
		exists[k.XID] = true
	}
	mergedInto := map[string]known{} // merged key → entity holding it
	for _, m := range raw.list("m") {
		for _, mk := range m.Merged {
			mergedInto[mk] = m
		}
	}
	distinct := map[string][]string{} // key → keys it must not join
	for _, d := range raw.list("d") {
		for _, k1 := range d.Keys {
			for _, k2 := range d.Keys {
				if k1 != k2 {
					distinct[k1] = append(distinct[k1], k2)
				}
			}
		}
	}
	cands := raw.list("c")
	rekey := map[string]string{}
	merged := map[string][]string{}
	for i, e := range a.Entities {
		if exists[e.Key] {
			continue
		}
		if m, ok := mergedInto[e.Key]; ok && slices.Contains(m.Types, string(e.Type)) {
			rekey[e.Key] = m.XID
			continue
		}
		var match []string
		for _, c := range cands {
			if !slices.Contains(c.Types, string(e.Type)) || slices.Contains(match, c.XID) || slices.Contains(distinct[e.Key], c.XID) {
				continue
			}
			if sameEntity(e.Type, e.Name, entForms[i], c) {
				match = append(match, c.XID)
			}
		}
		if len(match) == 1 {
			rekey[e.Key] = match[0]
			merged[match[0]] = append(merged[match[0]], e.Key)
		}
	}
	if len(rekey) == 0 {
		return a, nil, st, nil
	}
	out := a
	out.Entities = slices.Clone(a.Entities)
	for i := range out.Entities {
		if k, ok := rekey[out.Entities[i].Key]; ok {
			out.Entities[i].Key = k
		}
	}
	out.Relations = slices.Clone(a.Relations)
	for i := range out.Relations {
		r := &out.Relations[i]
		for _, p := range []*string{&r.Subject, &r.Object, &r.Attrs.Place} {
			if k, ok := rekey[*p]; ok {
				*p = k
			}
		}
	}
	return out, merged, st, nil
}

// articleState is what the store knows of an article about to be saved.
type articleState struct {
	stored   bool   // this content hash is stored
	analysis string // with this analysis hash
	older    string // xid of another version with the same origin
}

// sameEntity decides whether an incoming entity (its name and folded forms)
// and a stored one of the same type are one referent: they share a form,
// and for persons the shared form is a full name, or a surname (last token
// of either name) with compatible given names.
func sameEntity(t newsgraph.EntityType, name string, fs []string, c known) bool {
	for _, f := range fs {
		if !slices.Contains(c.Forms, f) {
			continue
		}
		if t != newsgraph.Person || strings.Contains(f, " ") {
			return true
		}
		if (lastToken(name) == f || lastToken(c.Name) == f) && compatibleGiven(name, c.Name) {
			return true
		}
	}
	return false
}

func lastToken(name string) string {
	f := strings.Fields(Fold(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// compatibleGiven reports whether two person names can name one person:
// either lacks a given name, or the given names are equal, one is the
// initial of the other, or they are spelling variants.
func compatibleGiven(a, b string) bool {
	fa, fb := strings.Fields(Fold(a)), strings.Fields(Fold(b))
	if len(fa) < 2 || len(fb) < 2 {
		return true
	}
	ga, gb := strings.TrimSuffix(fa[0], "."), strings.TrimSuffix(fb[0], ".")
	switch {
	case ga == gb:
		return true
	case len([]rune(ga)) == 1 || len([]rune(gb)) == 1:
		return []rune(ga)[0] == []rune(gb)[0]
	}
	return names.JaroWinkler(ga, gb) >= names.JWGiven
}

// chooseName picks an entity's display name from the canonical names the
// resolver gave it in any article, independently of their order: a name
// whose last word is also used alone (a surname seen as an alias) wins, then
// more words, then the longer, then the smaller string.
func chooseName(canonicals, aliases []string) string {
	alone := map[string]bool{}
	for _, a := range aliases {
		if f := Fold(a); !strings.Contains(f, " ") {
			alone[f] = true
		}
	}
	score := func(n string) (int, int, int) {
		words := strings.Fields(n)
		bonus := 0
		if len(words) > 1 && alone[lastToken(n)] {
			bonus = 1
		}
		return bonus, len(words), len([]rune(n))
	}
	best := ""
	for _, n := range canonicals {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if best == "" {
			best = n
			continue
		}
		b1, w1, l1 := score(n)
		b2, w2, l2 := score(best)
		switch {
		case b1 != b2:
			if b1 > b2 {
				best = n
			}
		case w1 != w2:
			if w1 > w2 {
				best = n
			}
		case l1 != l2:
			if l1 > l2 {
				best = n
			}
		case n < best:
			best = n
		}
	}
	return best
}
