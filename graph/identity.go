package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/dgo/v230"
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/names"
)

// Cross-article identity. The resolver keys an entity from one article's
// forms, so one person can arrive under two keys ("person:toakov" from an
// article that spells Tojakow, "person:tokaev" from others). Before a Save
// writes a new key, it looks in the graph, in the same transaction, for
// stored entities of the same type that share a folded form (alias_folded),
// a transliteration skeleton (name_skeleton, or one within edit distance 2)
// or a Kölner Phonetik code (name_code) with it, and applies the resolver's rules (package names):
// a shared full name; for persons a shared or similar surname with
// compatible given names; for states and places a similar name; no fuzzy
// match under six letters, across initials or between a surname and its
// feminine form. The best candidate wins, unless two tie. The incoming
// entity becomes that node (its key is kept as merged_key, so later
// articles with it find the node directly; the reason goes to the
// article's Report on the entity). Keys a user split apart (Distinct) are
// never joined. alias_folded, name_skeleton and name_code are @upsert: two
// transactions that create variants of one name conflict, and the retried
// one finds the other's node.
//
// The weaker rule the resolver applies within one article (same given
// name, surnames with Jaro-Winkler ≥ 0.78) is not applied across the
// graph: there a given name is shared by many people.

// known is an entity already in the graph.
type known struct {
	UID        string   `json:"uid"`
	XID        string   `json:"xid"`
	Name       string   `json:"name"`
	Canonical  []string `json:"canonical"`
	Forms      []string `json:"alias_folded"`
	Keys       []string `json:"distinct_key"` // Distinct rules only
	Joined     []string `json:"joined_key"`   // Joined rules only
	Analysis   string   `json:"analysis"`     // Articles only
	Alias      []string `json:"alias"`
	Merged     []string `json:"merged_key"`
	Types      []string `json:"dgraph.type"`
	EdgeReport string   `json:"edge_report"` // Facts only
	Skeletons  []string `json:"name_skeleton"`
	MergeLog   []string `json:"merge_log"` // users' merges and splits, kept when the entity is written back
	Codes      []string `json:"name_code"`
}

// forms returns the folded name and aliases of e.
func forms(e newsgraph.Entity) []string {
	out := []string{Fold(e.Name)}
	for _, a := range e.Aliases {
		out = append(out, Fold(a))
	}
	return uniqueSorted(out)
}

// nameKeys returns the skeletons and Kölner codes under which an entity of
// type t with these (folded) forms is found by spelling variants: of each
// form's surname for persons, of each form for states and places, none for
// organisations and events (the resolver merges those only by exact name).
func nameKeys(t newsgraph.EntityType, forms []string) (skels, codes []string) {
	switch t {
	case newsgraph.Person:
		forms = surnames(forms)
	case newsgraph.State, newsgraph.Place:
	default:
		return nil, nil
	}
	for _, f := range forms {
		if sk := names.Skeleton(f); sk != "" {
			skels = append(skels, sk)
		}
		if c := names.Cologne(f); c != "" {
			codes = append(codes, c)
		}
	}
	return uniqueSorted(skels), uniqueSorted(codes)
}

// identify maps the analysis's entity keys to the keys of entities already
// in the graph. It returns the analysis with keys replaced (its entities,
// relations and merges) and, per stored key, the incoming keys merged into
// it; reasons says, per incoming key, why.
//
// The same query also tells whether the article is stored already
// (state.stored) and which older version has its origin (state.older).
func identify(ctx context.Context, txn *dgo.Txn, a newsgraph.Analysis, origin string) (out newsgraph.Analysis, merged map[string][]string, reasons map[string]string, st articleState, err error) {
	out = a
	var b batchQuery
	b.add("article(func: eq(xid, %s)) @filter(type(Article)) { xid analysis }", a.Article.XID)
	if origin != "" {
		b.add("older(func: eq(origin, %s)) @filter(type(Article)) { xid }", origin)
	}
	entForms := make([][]string, len(a.Entities))
	var keys, allForms, allSkels, allCodes []string
	for i, e := range a.Entities {
		if !slices.Contains(newsgraph.EntityTypes, e.Type) {
			return a, nil, nil, st, newsgraph.Errorf(newsgraph.EINVALID, "entity %q has unknown type %q", e.Key, e.Type)
		}
		keys = append(keys, e.Key)
		entForms[i] = forms(e)
		allForms = append(allForms, entForms[i]...)
		sk, co := nameKeys(e.Type, entForms[i])
		allSkels, allCodes = append(allSkels, sk...), append(allCodes, co...)
	}
	keys, allForms = uniqueSorted(keys), uniqueSorted(allForms)
	allSkels, allCodes = uniqueSorted(allSkels), uniqueSorted(allCodes)
	const candFields = " { uid xid name canonical alias_folded dgraph.type }"
	b.addList("k", "(func: eq(xid, %s)) { xid }", keys)
	b.addList("m", "(func: eq(merged_key, %s)) @filter("+entityFilter+") { xid merged_key dgraph.type }", keys)
	b.addList("d", "(func: eq(distinct_key, %s)) @filter(type(Distinct)) { distinct_key }", keys)
	b.addList("j", "(func: eq(joined_key, %s)) @filter(type(Joined)) { joined_key }", keys)
	b.addList("c", "(func: eq(alias_folded, %s)) @filter("+entityFilter+")"+candFields, allForms)
	b.addList("s", "(func: eq(name_skeleton, %s)) @filter("+entityFilter+")"+candFields, allSkels)
	b.addList("p", "(func: eq(name_code, %s)) @filter("+entityFilter+")"+candFields, allCodes)
	// Spelling variants whose skeletons and codes differ (Nazabajew for
	// Nasarbajew): skeletons within edit distance 2, through the trigram
	// index. Shorter skeletons never match fuzzily.
	var fuzzy []string
	for _, sk := range allSkels {
		if len([]rune(sk)) >= names.MinFuzzyLen {
			fuzzy = append(fuzzy, fmt.Sprintf("f%d", len(fuzzy)))
			b.add(fuzzy[len(fuzzy)-1]+"(func: match(name_skeleton, %s, 2)) @filter("+entityFilter+")"+candFields, sk)
		}
	}
	raw, err := b.run(ctx, txn)
	if err != nil {
		return a, nil, nil, st, err
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
		return a, nil, nil, st, nil
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
	joinedTo, err := joinedEntities(ctx, txn, raw.list("j"))
	if err != nil {
		return a, nil, nil, st, err
	}
	var cands []known
	found := slices.Concat(raw.list("c"), raw.list("s"), raw.list("p"))
	for _, f := range fuzzy {
		found = append(found, raw.get(f)...)
	}
	for _, c := range found {
		if !slices.ContainsFunc(cands, func(o known) bool { return o.UID == c.UID }) {
			cands = append(cands, c)
		}
	}
	rekey := map[string]string{}
	merged = map[string][]string{}
	reasons = map[string]string{}
	for i, e := range a.Entities {
		if exists[e.Key] {
			continue
		}
		if m, ok := mergedInto[e.Key]; ok && slices.Contains(m.Types, string(e.Type)) {
			// Joined before: this article's Report says so too, so that the
			// key stays merged while any article that came in by it does.
			rekey[e.Key] = m.XID
			merged[m.XID] = append(merged[m.XID], e.Key)
			reasons[e.Key] = acrossLine(e.Key, m.XID, KeyMergedEarlier, 1)
			continue
		}
		if m, ok := joinedTo[e.Key]; ok && slices.Contains(m.Types, string(e.Type)) && !slices.Contains(distinct[e.Key], m.XID) {
			// A user merged this key with one the entity m has, before m
			// was forgotten and created again.
			rekey[e.Key] = m.XID
			merged[m.XID] = append(merged[m.XID], e.Key)
			reasons[e.Key] = acrossLine(e.Key, m.XID, KeyJoinedByUser, 1)
			continue
		}
		var best known
		bestScore, tie, why := 0.0, false, ""
		for _, c := range cands {
			if !slices.Contains(c.Types, string(e.Type)) || slices.Contains(distinct[e.Key], c.XID) {
				continue
			}
			score, w := identity(e.Type, e.Name, entForms[i], c)
			switch {
			case score == 0 || score < bestScore:
			case score == bestScore && c.XID != best.XID:
				tie = true
			case score > bestScore:
				best, bestScore, tie, why = c, score, false, w
			}
		}
		if bestScore > 0 && !tie {
			rekey[e.Key] = best.XID
			merged[best.XID] = append(merged[best.XID], e.Key)
			reasons[e.Key] = acrossLine(e.Key, best.XID, why, bestScore)
		}
	}
	if len(rekey) == 0 {
		return a, nil, nil, st, nil
	}
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
	out.Merges = slices.Clone(a.Merges)
	for i := range out.Merges {
		if k, ok := rekey[out.Merges[i].Into]; ok {
			out.Merges[i].Into = k
		}
	}
	return out, merged, reasons, st, nil
}

// joinedEntities maps each key of the users' Joined rules to the stored
// entity that has the other key of its rule (as xid or merged key), where
// there is one.
func joinedEntities(ctx context.Context, txn *dgo.Txn, rules []known) (map[string]known, error) {
	if len(rules) == 0 {
		return nil, nil
	}
	var partners []string
	for _, r := range rules {
		partners = append(partners, r.Joined...)
	}
	partners = uniqueSorted(partners)
	var b batchQuery
	b.addList("x", "(func: eq(xid, %s)) @filter("+entityFilter+") { xid merged_key dgraph.type }", partners)
	b.addList("m", "(func: eq(merged_key, %s)) @filter("+entityFilter+") { xid merged_key dgraph.type }", partners)
	raw, err := b.run(ctx, txn)
	if err != nil {
		return nil, err
	}
	holder := map[string]known{} // key → entity with it
	for _, e := range slices.Concat(raw.list("x"), raw.list("m")) {
		for _, k := range append([]string{e.XID}, e.Merged...) {
			holder[k] = e
		}
	}
	out := map[string]known{}
	for _, r := range rules {
		for _, k := range r.Joined {
			for _, other := range r.Joined {
				if e, ok := holder[other]; ok && other != k {
					out[k] = e
				}
			}
		}
	}
	return out, nil
}

// articleState is what the store knows of an article about to be saved.
type articleState struct {
	stored   bool   // this content hash is stored
	analysis string // with this analysis hash
	older    string // xid of another version with the same origin
}

// identity scores whether an incoming entity (its type, name and folded
// forms) and a stored one of the same type are one referent: 1 for a
// shared name (sameEntity) or an equal transliteration skeleton, the
// Jaro-Winkler similarity for a close spelling variant (names.Match), 0 for
// no match; why says which rule decided.
func identity(t newsgraph.EntityType, name string, fs []string, c known) (score float64, why string) {
	if f, ok := sameEntity(t, name, fs, c); ok {
		return 1, "same name " + f
	}
	var mine, theirs []string
	switch t {
	case newsgraph.Person:
		if !givenCompatible(givenNames(fs), givenNames(c.Forms)) {
			return 0, ""
		}
		mine, theirs = surnames(fs), surnames(c.Forms)
	case newsgraph.State, newsgraph.Place:
		mine, theirs = fs, c.Forms
	default:
		return 0, ""
	}
	for _, a := range uniqueSorted(mine) {
		for _, b := range uniqueSorted(theirs) {
			if s, w := names.Match(names.Skeleton(a), names.Skeleton(b), a, b); s > score {
				score, why = s, fmt.Sprintf("%s ~ %s: %s", a, b, w)
			}
		}
	}
	return score, why
}

// sameEntity decides whether an incoming entity (its name and folded forms)
// and a stored one of the same type share a name, and which: for persons
// the shared form is a full name, or a surname (last token of either name)
// with compatible given names.
func sameEntity(t newsgraph.EntityType, name string, fs []string, c known) (string, bool) {
	for _, f := range fs {
		if !slices.Contains(c.Forms, f) {
			continue
		}
		if t != newsgraph.Person || strings.Contains(f, " ") {
			return f, true
		}
		if (lastToken(name) == f || lastToken(c.Name) == f) && compatibleGiven(name, c.Name) {
			return f, true
		}
	}
	return "", false
}

func lastToken(name string) string {
	f := strings.Fields(Fold(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// surnames returns the last words of the multi-word forms and the one-word
// forms that are not also a given name there (Alexander beside Alexander
// Baunow is not a surname).
func surnames(forms []string) []string {
	given := givenNames(forms)
	var out []string
	for _, f := range forms {
		w := strings.Fields(f)
		switch {
		case len(w) > 1:
			out = append(out, w[len(w)-1])
		case len(w) == 1 && !slices.Contains(given, w[0]):
			out = append(out, w[0])
		}
	}
	return uniqueSorted(out)
}

// givenNames returns the first words of the multi-word forms.
func givenNames(forms []string) []string {
	var out []string
	for _, f := range forms {
		if w := strings.Fields(f); len(w) > 1 {
			out = append(out, strings.TrimSuffix(w[0], "."))
		}
	}
	return uniqueSorted(out)
}

// givenCompatible reports whether two sets of given names allow one
// person: either is empty, or some pair is compatible.
func givenCompatible(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if compatibleGiven(x+" x", y+" x") {
				return true
			}
		}
	}
	return false
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
	return names.GivenVariant(names.Skeleton(ga), names.Skeleton(gb))
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
