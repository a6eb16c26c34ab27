package graph

import (
	"context"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// person is a test person whose given name is the nonce (so that the real
// or made-up surname can be compared as it is, short names included, and
// the person is nobody else's namesake) under the key the resolver would
// give the surname.
func (sc scope) person(keySurname, surname string, aliases ...string) newsgraph.Entity {
	given := strings.ToUpper(string(sc)[:1]) + string(sc)[1:]
	e := newsgraph.Entity{Key: "person:" + keySurname + " " + string(sc), Name: given + " " + surname, Type: newsgraph.Person}
	for _, a := range aliases {
		e.Aliases = append(e.Aliases, given+" "+a)
	}
	return e
}

// onlyEntities is an article that mentions the entities once each, in a
// sentence made up here.
func (sc scope) onlyEntities(file string, merges []newsgraph.Merge, ents ...newsgraph.Entity) newsgraph.Analysis {
	text := "[" + string(sc) + "/" + file + "]"
	for i := range ents {
		start := len(text) + 1
		text += " " + ents[i].Name + " sprach."
		ents[i].Mentions = []newsgraph.Mention{{Text: ents[i].Name, Sentence: i, Type: ents[i].Type,
			Span: newsgraph.Span{Start: start, End: start + len(ents[i].Name)}}}
	}
	return newsgraph.Analysis{
		Article:  newsgraph.Article{File: string(sc) + "-" + file, Source: "test", Title: "Test " + file, Text: text, XID: newsgraph.ArticleXID(text)},
		Entities: ents,
		Merges:   merges,
	}
}

// entityKeys returns the keys of the entities the articles mention.
func entityKeys(t *testing.T, s *Store, arts ...newsgraph.Analysis) []string {
	t.Helper()
	var keys []string
	for _, a := range arts {
		var got struct {
			Q []struct {
				M []struct {
					Of struct {
						XID string `json:"xid"`
					} `json:"mention_of"`
				} `json:"~article"`
			} `json:"q"`
		}
		query(t, s, `query q($a: string) { q(func: eq(xid, $a)) { ~article { mention_of { xid } } } }`,
			map[string]string{"$a": a.Article.XID}, &got)
		for _, q := range got.Q {
			for _, m := range q.M {
				keys = append(keys, m.Of.XID)
			}
		}
	}
	return uniqueSorted(keys)
}

func findOneEntity(t *testing.T, s *Store, ref string) EntityInfo {
	t.Helper()
	es, err := s.FindEntities(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 {
		t.Fatalf("%q finds %d entities: %+v", ref, len(es), es)
	}
	return es[0]
}

// A later article's spelling variants (another transliteration, a
// misspelling) join the stored entity, which keeps every form and says why.
func TestSpellingVariantsJoinAcrossArticles(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.onlyEntities("a.txt", nil, sc.person("tokaev", "Tokajew"))
	b := sc.onlyEntities("b.txt",
		[]newsgraph.Merge{{Into: sc.person("toakov", "").Key, Form: sc.person("", "Tokayev").Name, Reason: "same transliteration skeleton", Score: 1}},
		sc.person("toakov", "Tojakow", "Tokayev"))
	save(t, s, a, newsgraph.StatusNew)
	save(t, s, b, newsgraph.StatusNew)
	keyA := a.Entities[0].Key
	if got := entityKeys(t, s, a, b); !slices.Equal(got, []string{keyA}) {
		t.Fatalf("entities of both articles: %v, want only %s", got, keyA)
	}
	e := findOneEntity(t, s, b.Entities[0].Name)
	for _, want := range []string{a.Entities[0].Name, b.Entities[0].Name, b.Entities[0].Aliases[0]} {
		if !slices.Contains(e.Aliases, want) {
			t.Errorf("aliases %q lack %q", e.Aliases, want)
		}
	}
	if !slices.Equal(e.MergedKeys, []string{b.Entities[0].Key}) {
		t.Errorf("merged keys %q, want %q", e.MergedKeys, b.Entities[0].Key)
	}
	joined, within := false, false
	for _, l := range e.MergeLog {
		joined = joined || strings.Contains(l, b.Entities[0].Key+" joined "+keyA) && strings.Contains(l, b.Article.XID)
		within = within || strings.Contains(l, "Tokayev: same transliteration skeleton")
	}
	if !joined || !within {
		t.Errorf("merge log %q: want the cross-article merge (%v) and the article's own (%v)", e.MergeLog, joined, within)
	}

	// Loading them again changes nothing.
	before := counts(t, s, a, b)
	save(t, s, a, newsgraph.StatusUnchanged)
	save(t, s, b, newsgraph.StatusUnchanged)
	if after := counts(t, s, a, b); !maps.Equal(before, after) {
		t.Errorf("reload changed counts: %v → %v", nonZero(before), nonZero(after))
	}
}

// Similar names that the rules keep apart stay two entities.
func TestSimilarNamesStayApart(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	for _, tc := range []struct {
		name         string
		first, later newsgraph.Entity
	}{
		{"feminine surname form", sc.person("vetrov", "Wetrow"), sc.person("vetrova", "Wetrowa")},
		{"short names differ", sc.person("kutin", "Kutin"), sc.person("kudin", "Kudin")},
		{"other initial", sc.person("masimov", "Massimow"), sc.person("nasimov", "Nassimow")},
		{"other given name", sc.person("tokaev", "Tokajew"),
			newsgraph.Entity{Key: "person:tokaev2 " + string(sc), Name: "Anders" + string(sc) + " Tokajew", Type: newsgraph.Person}},
		// One surname, given names that only share a start: two people.
		{"given names sharing a start", newsgraph.Entity{Key: "person:nurlan testov" + string(sc), Name: "Nurlan Testow" + string(sc), Type: newsgraph.Person},
			newsgraph.Entity{Key: "person:nursultan testov" + string(sc), Name: "Nursultan Testow" + string(sc), Type: newsgraph.Person}},
		{"organisations only by name", newsgraph.Entity{Key: "organization:testbund " + string(sc), Name: "Testbund " + string(sc), Type: newsgraph.Organization},
			newsgraph.Entity{Key: "organization:testbunt " + string(sc), Name: "Testbunt " + string(sc), Type: newsgraph.Organization}},
	} {
		a := sc.onlyEntities(tc.name+"-a", nil, tc.first)
		b := sc.onlyEntities(tc.name+"-b", nil, tc.later)
		save(t, s, a, newsgraph.StatusNew)
		save(t, s, b, newsgraph.StatusNew)
		if got := entityKeys(t, s, a, b); !slices.Equal(got, uniqueSorted([]string{tc.first.Key, tc.later.Key})) {
			t.Errorf("%s: %q and %q became %v", tc.name, tc.first.Name, tc.later.Name, got)
		}
	}
}

// A user's split of a merge the resolver made across articles holds when
// the articles are loaded again.
func TestSplitIsRespectedOnReload(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	ctx := context.Background()
	a := sc.onlyEntities("a.txt", nil, sc.person("tokaev", "Tokajew"))
	b := sc.onlyEntities("b.txt", nil, sc.person("toakov", "Tojakow"))
	save(t, s, a, newsgraph.StatusNew)
	save(t, s, b, newsgraph.StatusNew)
	keyA, keyB := a.Entities[0].Key, b.Entities[0].Key
	if got := entityKeys(t, s, a, b); !slices.Equal(got, []string{keyA}) {
		t.Fatalf("before the split: %v, want %s", got, keyA)
	}
	_, xids, err := s.SplitEntity(ctx, keyA, keyB)
	if err != nil {
		t.Fatal(err)
	}
	if len(xids) != 2 {
		t.Errorf("split names %d articles, want 2", len(xids))
	}
	if e := findOneEntity(t, s, keyA); !slices.ContainsFunc(e.MergeLog, func(l string) bool { return strings.Contains(l, "user split "+keyB) }) {
		t.Errorf("merge log %q lacks the split", e.MergeLog)
	}
	for round := 0; round < 2; round++ {
		for _, art := range []newsgraph.Analysis{a, b} {
			if _, err := s.Forget(ctx, art.Article.XID); err != nil {
				t.Fatal(err)
			}
			save(t, s, art, newsgraph.StatusNew)
		}
		if got := entityKeys(t, s, a, b); !slices.Equal(got, uniqueSorted([]string{keyA, keyB})) {
			t.Fatalf("reload %d after the split: %v, want both keys", round, got)
		}
	}
}

// Forgetting an article removes the names only it gave an entity; names
// other articles also gave stay.
func TestForgetRemovesOnlyItsAliases(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	ctx := context.Background()
	a := sc.onlyEntities("a.txt", nil, sc.person("tokaev", "Tokajew", "Tokajew-Erstform"))
	b := sc.onlyEntities("b.txt", nil, sc.person("tokaev", "Tokajew", "Tokajew-Zweitform"))
	c := sc.onlyEntities("c.txt", nil, sc.person("toakov", "Tojakow"))
	for _, x := range []newsgraph.Analysis{a, b, c} {
		save(t, s, x, newsgraph.StatusNew)
	}
	key := a.Entities[0].Key
	first, second, variant := a.Entities[0].Aliases[0], b.Entities[0].Aliases[0], c.Entities[0].Name
	if e := findOneEntity(t, s, key); !slices.Contains(e.Aliases, second) || !slices.Contains(e.Aliases, variant) {
		t.Fatalf("aliases before forgetting: %q", e.Aliases)
	}
	for _, x := range []newsgraph.Analysis{b, c} {
		if _, err := s.Forget(ctx, x.Article.XID); err != nil {
			t.Fatal(err)
		}
	}
	e := findOneEntity(t, s, key)
	if want := []string{a.Entities[0].Name, first}; !slices.Equal(uniqueSorted(e.Aliases), uniqueSorted(want)) {
		t.Errorf("aliases after forgetting b and c: %q, want %q", e.Aliases, uniqueSorted(want))
	}
	if want := uniqueSorted([]string{Fold(a.Entities[0].Name), Fold(first)}); !slices.Equal(uniqueSorted(e.Forms), want) {
		t.Errorf("folded forms after forgetting: %q, want %q", e.Forms, want)
	}
	for _, gone := range []string{second, variant} {
		if es, err := s.FindEntities(ctx, gone); err != nil || len(es) != 0 {
			t.Errorf("%q still finds %+v (%v)", gone, es, err)
		}
	}
	// The skeleton of the forgotten variant is gone too: a new article
	// spelling it so is judged against what remains (and joins by rule).
	var got struct {
		Q []struct {
			Skeletons []string `json:"name_skeleton"`
		} `json:"q"`
	}
	query(t, s, `query q($k: string) { q(func: eq(xid, $k)) { name_skeleton } }`, map[string]string{"$k": key}, &got)
	if len(got.Q) != 1 || len(got.Q[0].Skeletons) != 2 {
		t.Errorf("skeletons after forgetting: %+v, want those of Tokajew and the first form", got.Q)
	}
}

// A misspelling whose skeleton and Kölner code both differ is still found
// (edit distance) and joins when the names are close enough.
func TestMisspellingJoinsThroughEditDistance(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.onlyEntities("a.txt", nil, sc.person("nasarbaev", "Nasarbajew"))
	b := sc.onlyEntities("b.txt", nil, sc.person("nasabaev", "Nazabajew"))
	save(t, s, a, newsgraph.StatusNew)
	save(t, s, b, newsgraph.StatusNew)
	if got := entityKeys(t, s, a, b); !slices.Equal(got, []string{a.Entities[0].Key}) {
		t.Errorf("Nasarbajew and Nazabajew: %v, want one entity %s", got, a.Entities[0].Key)
	}
}

// A key joined to an entity stays merged while an article that came in by
// it is stored (later articles' Reports say so: key merged earlier), and
// is unmerged when the last one is forgotten: a later load of it is judged
// anew and says why again.
func TestForgetUndoesTheJoinItsArticlesMade(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	ctx := context.Background()
	a := sc.onlyEntities("a.txt", nil, sc.person("tokaev", "Tokajew"))
	b := sc.onlyEntities("b.txt", nil, sc.person("toakov", "Tojakow"))
	c := sc.onlyEntities("c.txt", nil, sc.person("toakov", "Tojakow", "Tojakows"))
	for _, x := range []newsgraph.Analysis{a, b, c} {
		save(t, s, x, newsgraph.StatusNew)
	}
	keyA, keyB := a.Entities[0].Key, b.Entities[0].Key
	reasons := func() (keys []string, lines map[string]int) {
		e := findOneEntity(t, s, keyA)
		lines = map[string]int{}
		for _, l := range e.MergeLog {
			// "article XID: line" (FindEntities)
			if _, line, ok := strings.Cut(l, ": "); ok && ParseMergeLog(line).Kind == MergeAcrossArticles {
				lines[ParseMergeLog(line).Rule]++
			}
		}
		return e.MergedKeys, lines
	}
	keys, lines := reasons()
	if !slices.Equal(keys, []string{keyB}) || lines[KeyMergedEarlier] != 1 || len(lines) != 2 {
		t.Fatalf("after a, b, c: merged keys %v, cross-article reasons %v; want %s, b's rule and c's %q", keys, lines, keyB, KeyMergedEarlier)
	}
	if _, err := s.Forget(ctx, b.Article.XID); err != nil {
		t.Fatal(err)
	}
	if keys, lines = reasons(); !slices.Equal(keys, []string{keyB}) || lines[KeyMergedEarlier] != 1 || len(lines) != 1 {
		t.Errorf("after forgetting b: merged keys %v, reasons %v; want %s kept for c", keys, lines, keyB)
	}
	if _, err := s.Forget(ctx, c.Article.XID); err != nil {
		t.Fatal(err)
	}
	if keys, lines = reasons(); len(keys) != 0 || len(lines) != 0 {
		t.Errorf("after forgetting b and c: merged keys %v, reasons %v; want none", keys, lines)
	}
	save(t, s, b, newsgraph.StatusNew)
	if keys, lines = reasons(); !slices.Equal(keys, []string{keyB}) || len(lines) != 1 || lines[KeyMergedEarlier] != 0 {
		t.Errorf("after loading b again: merged keys %v, reasons %v; want %s joined by rule again", keys, lines, keyB)
	}
	if got := entityKeys(t, s, a, b); !slices.Equal(got, []string{keyA}) {
		t.Errorf("entities of a and b: %v, want only %s", got, keyA)
	}
}
