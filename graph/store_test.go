package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// The test data is made up: fictional names and sentences. A scope tags
// every key, name and article with a nonce, so tests can run against a
// Dgraph that others write to at the same time.
const (
	anatol     = "person:anatol beispielow"
	anatolTypo = "person:anatol bejspielow" // one article misspells him
	boris      = "person:boris musterow"
	bobo       = "person:bobo" // Musterow under a nickname the resolver cannot know
	nordland   = "state:nordland"
	suedland   = "state:südland"
	testbund   = "organization:testbund"
	teststadt  = "place:teststadt"
)

var testEntities = map[string]newsgraph.Entity{
	anatolTypo: {Key: anatolTypo, Name: "Anatol Bejspielow", Type: newsgraph.Person, Aliases: []string{"Beispielow"}},
	anatol:     {Key: anatol, Name: "Anatol Beispielow", Type: newsgraph.Person, Aliases: []string{"Beispielow"}},
	boris:      {Key: boris, Name: "Boris Musterow", Type: newsgraph.Person},
	bobo:       {Key: bobo, Name: "Bobo", Type: newsgraph.Person},
	nordland:   {Key: nordland, Name: "Nordland", Type: newsgraph.State, Aliases: []string{"Nordstadt"}},
	suedland:   {Key: suedland, Name: "Südland", Type: newsgraph.State},
	testbund:   {Key: testbund, Name: "Testbund", Type: newsgraph.Organization, Aliases: []string{"Bund der Testländer"}},
	teststadt:  {Key: teststadt, Name: "Teststadt", Type: newsgraph.Place},
}

type scope string

func (sc scope) key(base string) string {
	if base == "" {
		return ""
	}
	return base + " " + string(sc)
}

// name appends the nonce to the last word, so a one-word name stays one
// word: "Beispielow" → "Beispielowqzkfa".
func (sc scope) name(base string) string { return base + string(sc) }

// entity returns the test entity base in this scope.
func (sc scope) entity(base string) newsgraph.Entity {
	e := testEntities[base]
	e.Key = sc.key(base)
	e.Name = sc.name(e.Name)
	e.Aliases = nil
	for _, a := range testEntities[base].Aliases {
		e.Aliases = append(e.Aliases, sc.name(a))
	}
	return e
}

type rel struct {
	typ, subj, obj, sentence string
	attrs                    newsgraph.Attrs
}

// article builds an analysis whose sentences are the relations' sentences;
// every entity a relation names is mentioned in that sentence.
func (sc scope) article(file, extra string, rels ...rel) newsgraph.Analysis {
	a := newsgraph.Analysis{Article: newsgraph.Article{File: string(sc) + "-" + file, Source: "test", Title: "Test " + file, Date: "2022-01-10"}}
	var text strings.Builder
	text.WriteString("[" + string(sc) + "] ")
	ents := map[string]*newsgraph.Entity{}
	var order []string
	mention := func(base string, i int, span newsgraph.Span) {
		e, ok := ents[base]
		if !ok {
			c := sc.entity(base)
			e = &c
			ents[base] = e
			order = append(order, base)
		}
		e.Mentions = append(e.Mentions, newsgraph.Mention{Text: e.Name, Sentence: i, Span: span, Type: e.Type})
	}
	for i, r := range rels {
		start := text.Len()
		text.WriteString(r.sentence + " ")
		span := newsgraph.Span{Start: start, End: start + len(r.sentence)}
		for _, k := range []string{r.subj, r.obj} {
			if k != "" {
				mention(k, i, span)
			}
		}
		a.Relations = append(a.Relations, newsgraph.Relation{
			Type: r.typ, Subject: sc.key(r.subj), Object: sc.key(r.obj), Attrs: r.attrs,
			Evidence: newsgraph.Evidence{Sentence: r.sentence, Index: i, Span: span, Cue: "test", Confidence: 0.8},
		})
	}
	text.WriteString(extra)
	for _, k := range order {
		a.Entities = append(a.Entities, *ents[k])
	}
	a.Article.Text = text.String()
	a.Article.XID = newsgraph.ArticleXID(a.Article.Text)
	return a
}

var (
	dismissal = rel{"dismissed", anatol, boris,
		"Präsident Beispielow entließ am Samstag seinen Berater Musterow.",
		newsgraph.Attrs{Date: "2022-01-08", DatePrecision: "day"}}
	troops3000 = rel{"sent_troops", nordland, suedland,
		"Nordland schickte nach eigenen Angaben 3000 Mann nach Südland.",
		newsgraph.Attrs{Count: 3000}}
	troops2500 = rel{"sent_troops", nordland, suedland,
		"Etwa 2500 Soldaten aus Nordland sind laut einer Zählung in Südland.",
		newsgraph.Attrs{Count: 2500}}
	membership = rel{"member_of", nordland, testbund,
		"Nordland ist das größte Mitglied im Testbund.", newsgraph.Attrs{}}
	passive = rel{"arrested", "", boris,
		"Musterow wurde später festgenommen.", newsgraph.Attrs{}}
)

func save(t *testing.T, s *Store, a newsgraph.Analysis, want newsgraph.LoadStatus) {
	t.Helper()
	res, err := s.Save(context.Background(), a)
	if err != nil {
		t.Fatalf("save %s: %v", a.Article.File, err)
	}
	if res.Status != want {
		t.Fatalf("save %s: status %s, want %s", a.Article.File, res.Status, want)
	}
}

func counts(t *testing.T, s *Store, arts ...newsgraph.Analysis) map[string]int {
	t.Helper()
	var xids []string
	for _, a := range arts {
		xids = append(xids, a.Article.XID)
	}
	c, err := s.SubgraphCounts(context.Background(), xids)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// nonZero drops zero counts, for readable comparisons.
func nonZero(c map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range c {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

func wantCounts(t *testing.T, s *Store, arts []newsgraph.Analysis, want map[string]int) {
	t.Helper()
	if got := nonZero(counts(t, s, arts...)); !maps.Equal(got, want) {
		t.Errorf("counts\n got %v\nwant %v", got, want)
	}
}

func query(t *testing.T, s *Store, q string, vars map[string]string, into any) {
	t.Helper()
	out, err := s.Query(context.Background(), q, vars)
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	if err := json.Unmarshal(out, into); err != nil {
		t.Fatalf("query result %s: %v", out, err)
	}
}

func TestSaveIsIdempotent(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.article("a.txt", "", dismissal, troops3000, passive)
	save(t, s, a, newsgraph.StatusNew)
	want := map[string]int{
		"Article": 1, "Person": 2, "State": 2, "Fact": 3,
		// entity mentions: Beispielow s0, Musterow s0 and s2, Nordland s1, Südland s1; fact mentions: 3
		"Mention": 8, "article": 8, "mention_of": 8,
		"dismissed": 1, "sent_troops": 1, "agent": 2, "patient": 3,
	}
	all := []newsgraph.Analysis{a}
	wantCounts(t, s, all, want)
	save(t, s, a, newsgraph.StatusUnchanged)
	wantCounts(t, s, all, want)
	// The same content from another file is the same article.
	b := a
	b.Article.File = "copy.txt"
	save(t, s, b, newsgraph.StatusUnchanged)
	wantCounts(t, s, all, want)
	assertOneNodePerXID(t, s, all)
}

// assertOneNodePerXID checks that every node the analyses describe
// (articles, entities, facts, mentions) exists exactly once, and that every
// node their articles' subgraph reaches has an xid no other node has.
// Entities identified with stored ones live under the stored key; their
// subgraph check covers them.
func assertOneNodePerXID(t *testing.T, s *Store, arts []newsgraph.Analysis) {
	t.Helper()
	seen := map[string]bool{}
	var xids []string
	add := func(x string) {
		if !seen[x] {
			seen[x] = true
			xids = append(xids, x)
		}
	}
	var reached []string
	for _, a := range arts {
		add(a.Article.XID)
		var got struct {
			Q []struct {
				M []struct {
					XID string `json:"xid"`
					Of  struct {
						XID string `json:"xid"`
					} `json:"mention_of"`
				} `json:"~article"`
			} `json:"q"`
		}
		query(t, s, `query q($a: string) { q(func: eq(xid, $a)) { ~article { xid mention_of { xid } } } }`,
			map[string]string{"$a": a.Article.XID}, &got)
		for _, q := range got.Q {
			for _, m := range q.M {
				reached = append(reached, m.XID, m.Of.XID)
			}
		}
	}
	if len(reached) == 0 {
		t.Errorf("no mentions stored for the articles")
	}
	for _, x := range reached {
		add(x)
	}
	for len(xids) > 0 {
		batch := xids[:min(200, len(xids))]
		xids = xids[len(batch):]
		var decl, body strings.Builder
		vars := map[string]string{}
		for i, x := range batch {
			if i > 0 {
				decl.WriteString(", ")
			}
			fmt.Fprintf(&decl, "$x%d: string", i)
			fmt.Fprintf(&body, "x%d(func: eq(xid, $x%d)) { n: count(uid) }\n", i, i)
			vars[fmt.Sprintf("$x%d", i)] = x
		}
		var got map[string][]struct{ N int }
		query(t, s, "query q("+decl.String()+") {\n"+body.String()+"}", vars, &got)
		for i, x := range batch {
			if n := got[fmt.Sprintf("x%d", i)]; len(n) != 1 || n[0].N != 1 {
				t.Errorf("xid %s: %v nodes, want exactly 1", x, n)
			}
		}
	}
}

func TestSameFactFromTwoArticles(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.article("a.txt", "", dismissal, troops3000)
	save(t, s, a, newsgraph.StatusNew)
	b := sc.article("b.txt", "", troops2500, membership)
	b.Entities[0].Aliases = append(b.Entities[0].Aliases, sc.name("Nordhafen")) // Nordland, seen as Nordhafen here
	save(t, s, b, newsgraph.StatusNew)
	wantCounts(t, s, []newsgraph.Analysis{a, b}, map[string]int{
		"Article": 2, "Person": 2, "State": 2, "Organization": 1, "Fact": 3,
		"Mention": 6 + 6, "article": 12, "mention_of": 12,
		"dismissed": 1, "sent_troops": 1, "member_of": 1, "agent": 3, "patient": 3,
	})
	var got struct {
		F []struct {
			Counts   []int `json:"counts"`
			Mentions []struct {
				Count   int `json:"count"`
				Article struct {
					File string `json:"file"`
				} `json:"article"`
			} `json:"~mention_of"`
		} `json:"f"`
		R []struct {
			Alias []string `json:"alias"`
		} `json:"r"`
	}
	query(t, s, `query q($x: string, $k: string) {
  f(func: eq(xid, $x)) { counts ~mention_of(orderasc: count) { count article { file } } }
  r(func: eq(xid, $k)) { alias }
}`, map[string]string{"$x": FactXID("sent_troops", sc.key(nordland), sc.key(suedland)), "$k": sc.key(nordland)}, &got)
	for _, f := range got.F {
		slices.Sort(f.Counts)
	}
	for _, r := range got.R {
		slices.Sort(r.Alias)
	}
	if len(got.F) != 1 || !slices.Equal(got.F[0].Counts, []int{2500, 3000}) || len(got.F[0].Mentions) != 2 ||
		got.F[0].Mentions[0].Article.File != b.Article.File || got.F[0].Mentions[1].Count != 3000 {
		t.Errorf("sent_troops fact: %+v: want one fact, both figures side by side with their articles", got.F)
	}
	if want := []string{sc.name("Nordhafen"), sc.name("Nordland"), sc.name("Nordstadt")}; len(got.R) != 1 || !slices.Equal(got.R[0].Alias, want) {
		t.Errorf("Nordland aliases %+v: want all forms accumulated: %v", got.R, want)
	}
	assertOneNodePerXID(t, s, []newsgraph.Analysis{a, b})
}

func TestLookupByAliasIgnoresCaseAndAccents(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.article("a.txt", "", dismissal)
	a.Entities[0].Aliases = append(a.Entities[0].Aliases, sc.name("Bejspielow"))
	save(t, s, a, newsgraph.StatusNew)
	for _, name := range []string{"Bejspielow", "bejspielow", "BEISPIELOW", "Beíspielów", "anatol  beispielow"} {
		var got struct {
			Q []struct {
				Name string `json:"name"`
			} `json:"q"`
		}
		query(t, s, `query q($n: string) { q(func: eq(alias_folded, $n)) { name } }`,
			map[string]string{"$n": Fold(sc.name(name))}, &got)
		if len(got.Q) != 1 || got.Q[0].Name != sc.name("Anatol Beispielow") {
			t.Errorf("%q found %+v", name, got.Q)
		}
	}
}

func TestDismissedEdgeCarriesEvidence(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.article("a.txt", "", dismissal)
	save(t, s, a, newsgraph.StatusNew)
	var got struct {
		Q []struct {
			Dismissed []struct {
				Name       string  `json:"name"`
				Sentence   string  `json:"dismissed|sentence"`
				Article    string  `json:"dismissed|article"`
				Date       string  `json:"dismissed|date"`
				Confidence float64 `json:"dismissed|confidence"`
			} `json:"dismissed"`
		} `json:"q"`
	}
	query(t, s, `query q($n: string) { q(func: eq(alias, $n)) @filter(type(Person)) { dismissed @facets { name } } }`,
		map[string]string{"$n": sc.name("Beispielow")}, &got)
	if len(got.Q) != 1 || len(got.Q[0].Dismissed) != 1 {
		t.Fatalf("got %+v", got)
	}
	d := got.Q[0].Dismissed[0]
	if d.Name != sc.name("Boris Musterow") || d.Sentence != dismissal.sentence || d.Article != a.Article.XID ||
		d.Date != "2022-01-08" || d.Confidence != 0.8 {
		t.Errorf("edge %+v", d)
	}
}

func TestChangedArticleReplacesItsFacts(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	other := sc.article("other.txt", "", troops2500)
	save(t, s, other, newsgraph.StatusNew)
	v1 := sc.article("a.txt", "", dismissal, troops3000)
	save(t, s, v1, newsgraph.StatusNew)
	// A corrected version of a.txt: the dismissal is gone, a membership is new.
	v2 := sc.article("a.txt", "Korrigiert.", troops3000, membership)
	save(t, s, v2, newsgraph.StatusUpdated)
	save(t, s, v2, newsgraph.StatusUnchanged)
	wantCounts(t, s, []newsgraph.Analysis{other, v1, v2}, map[string]int{
		"Article": 2, "State": 2, "Organization": 1, "Fact": 2,
		// other: Nordland, Südland, fact; v2: Nordland s0+s1, Südland, Testbund, 2 facts
		"Mention": 3 + 6, "article": 9, "mention_of": 9,
		"sent_troops": 1, "member_of": 1, "agent": 2, "patient": 2,
	})
	var got struct {
		A []struct {
			XID string `json:"xid"`
		} `json:"a"`
		P []struct {
			UID string `json:"uid"`
		} `json:"p"`
	}
	query(t, s, `query q($f: string, $p: string) {
  a(func: eq(file, $f)) @filter(type(Article)) { xid }
  p(func: eq(xid, $p)) { uid }
}`, map[string]string{"$f": v1.Article.File, "$p": sc.key(anatol)}, &got)
	if len(got.A) != 1 || got.A[0].XID != v2.Article.XID {
		t.Errorf("a.txt versions %+v, want only %s", got.A, v2.Article.XID)
	}
	if len(got.P) != 0 {
		t.Errorf("Beispielow, only in the old version, is still there: %+v", got.P)
	}
}

func TestForget(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.article("a.txt", "", dismissal, troops3000)
	b := sc.article("b.txt", "", troops2500)
	save(t, s, a, newsgraph.StatusNew)
	save(t, s, b, newsgraph.StatusNew)
	res, err := s.Forget(context.Background(), a.Article.XID)
	if err != nil {
		t.Fatal(err)
	}
	// a's mentions: Beispielow, Musterow, Nordland, Südland, 2 facts.
	if res != (ForgetResult{Mentions: 6, Facts: 1, Entities: 2}) {
		t.Errorf("forget: %+v", res)
	}
	both := []newsgraph.Analysis{a, b}
	wantCounts(t, s, both, map[string]int{
		"Article": 1, "State": 2, "Fact": 1, "Mention": 3, "article": 3, "mention_of": 3,
		"sent_troops": 1, "agent": 1, "patient": 1,
	})
	var got struct {
		Q []struct {
			Counts []int `json:"counts"`
			Agent  struct {
				SentTroops []map[string]any `json:"sent_troops"`
			} `json:"agent"`
		} `json:"q"`
	}
	query(t, s, `query q($x: string) { q(func: eq(xid, $x)) { counts agent { sent_troops @facets(count, article) { uid } } } }`,
		map[string]string{"$x": FactXID("sent_troops", sc.key(nordland), sc.key(suedland))}, &got)
	if len(got.Q) != 1 || !slices.Equal(got.Q[0].Counts, []int{2500}) || len(got.Q[0].Agent.SentTroops) != 1 ||
		got.Q[0].Agent.SentTroops[0]["sent_troops|article"] != b.Article.XID ||
		got.Q[0].Agent.SentTroops[0]["sent_troops|count"] != float64(2500) {
		t.Errorf("the remaining fact keeps only b's claim: %+v", got.Q)
	}
	if _, err := s.Forget(context.Background(), a.Article.XID); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("second forget: %v, want ENOTFOUND", err)
	}
	if _, err := s.Forget(context.Background(), b.Article.XID); err != nil {
		t.Fatal(err)
	}
	wantCounts(t, s, both, map[string]int{})
	var left struct {
		Q []struct{ UID string } `json:"q"`
	}
	query(t, s, `query q($a: string, $b: string) { q(func: eq(xid, [$a, $b])) { uid } }`,
		map[string]string{"$a": sc.key(nordland), "$b": sc.key(suedland)}, &left)
	if len(left.Q) != 0 {
		t.Errorf("entities of forgotten articles remain: %+v", left.Q)
	}
}

func TestSaveRejectsBadAnalysis(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.article("a.txt", "", dismissal)
	a.Relations[0].Type = "loves"
	if _, err := s.Save(context.Background(), a); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("unknown relation: %v, want EINVALID", err)
	}
	wantCounts(t, s, []newsgraph.Analysis{a}, map[string]int{})
}

func TestCountsCoverEveryTypeAndRelation(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.article("a.txt", "", dismissal, membership)
	save(t, s, a, newsgraph.StatusNew)
	all, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	mine := counts(t, s, a)
	if len(all) != len(mine) {
		t.Errorf("Counts has %d keys, SubgraphCounts %d", len(all), len(mine))
	}
	for k, n := range mine {
		if all[k] < n {
			t.Errorf("%s: whole graph %d < this article's %d", k, all[k], n)
		}
	}
}

func TestQueryErrors(t *testing.T) {
	s := open(t)
	for _, q := range []string{`{ q(func: eq(name, )) { uid } }`, `query q($n: string) { q(func: eq(name, $m)) { uid } }`} {
		if _, err := s.Query(context.Background(), q, map[string]string{"$n": "x"}); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("%s: %v, want EINVALID", q, err)
		}
	}
}

func TestOpenUnavailable(t *testing.T) {
	_, err := Open(context.Background(), "localhost:1")
	if newsgraph.ErrorCode(err) != newsgraph.EUNAVAILABLE || !strings.Contains(err.Error(), "localhost:1") {
		t.Errorf("err %v: want EUNAVAILABLE naming the address", err)
	}
}

// The same text extracted differently (a better extractor) replaces what
// the old extraction stored; extracted the same way it is left alone.
func TestReextractedArticleIsStoredAgain(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	old := sc.article("a.txt", "", dismissal, troops3000)
	save(t, s, old, newsgraph.StatusNew)
	better := old
	better.Relations = append(slices.Clone(old.Relations), newsgraph.Relation{
		Type: "member_of", Subject: sc.key(nordland), Object: sc.key(testbund),
		Evidence: newsgraph.Evidence{Sentence: troops3000.sentence, Index: 1}})
	better.Entities = append(slices.Clone(old.Entities), sc.entity(testbund))
	save(t, s, better, newsgraph.StatusUpdated)
	save(t, s, better, newsgraph.StatusUnchanged)
	c := counts(t, s, better)
	if c["Article"] != 1 || c["Fact"] != 3 || c["member_of"] != 1 || c["Organization"] != 1 {
		t.Errorf("after the better extraction: %v", nonZero(c))
	}
	// An analysis whose article has no xid yet gets the content hash, and
	// is recognised on reload.
	noXID := sc.article("b.txt", "", passive)
	noXID.Article.XID = ""
	save(t, s, noXID, newsgraph.StatusNew)
	save(t, s, noXID, newsgraph.StatusUnchanged)
}

// The direct edge carries the earliest report (by publication date), in
// whatever order the articles arrive.
func TestEdgeFacetsComeFromTheEarliestReport(t *testing.T) {
	s := open(t)
	for _, order := range []string{"late first", "early first"} {
		sc := scope(dgraphtest.Nonce(t))
		late := sc.article("late.txt", "", dismissal)
		early := sc.article("early.txt", "", rel{"dismissed", anatol, boris, "Beispielow feuerte Musterow.", newsgraph.Attrs{}})
		early.Article.Date = "2022-01-05"
		first, second := late, early
		if order == "early first" {
			first, second = early, late
		}
		save(t, s, first, newsgraph.StatusNew)
		save(t, s, second, newsgraph.StatusNew)
		var got struct {
			Q []struct {
				D []map[string]any `json:"dismissed"`
			} `json:"q"`
		}
		query(t, s, `query q($k: string) { q(func: eq(xid, $k)) { dismissed @facets(article, sentence) { uid } } }`,
			map[string]string{"$k": sc.key(anatol)}, &got)
		if len(got.Q) != 1 || len(got.Q[0].D) != 1 || got.Q[0].D[0]["dismissed|article"] != early.Article.XID ||
			got.Q[0].D[0]["dismissed|sentence"] != "Beispielow feuerte Musterow." {
			t.Errorf("%s: edge %+v, want the facets of the earlier article", order, got.Q)
		}
		// Forgetting the earlier report hands the edge to the later one.
		if _, err := s.Forget(context.Background(), early.Article.XID); err != nil {
			t.Fatal(err)
		}
		query(t, s, `query q($k: string) { q(func: eq(xid, $k)) { dismissed @facets(article, sentence) { uid } } }`,
			map[string]string{"$k": sc.key(anatol)}, &got)
		if len(got.Q) != 1 || len(got.Q[0].D) != 1 || got.Q[0].D[0]["dismissed|article"] != late.Article.XID {
			t.Errorf("%s, after forgetting the early article: edge %+v", order, got.Q)
		}
	}
}

// Text that would break a hand-built query or N-Quad (quotes, backslashes,
// line breaks, control characters, N-Quad syntax) is stored as it is.
func TestSaveOddText(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	odd := "Er sagte: \"Nein\" \\ <x> _:b . \n\t\x01 } ) # (article=\"y\")"
	a := sc.article("odd.txt", "", rel{"warned", anatol, boris, odd, newsgraph.Attrs{Role: odd}})
	// (with the nonce: a form shared with another run's entity would
	// identify the two)
	a.Entities[0].Aliases = append(a.Entities[0].Aliases, odd+string(sc))
	a.Article.Title = odd
	save(t, s, a, newsgraph.StatusNew)
	var got struct {
		Q []struct {
			Alias  []string         `json:"alias"`
			Warned []map[string]any `json:"warned"`
		} `json:"q"`
		A []struct {
			Title string `json:"title"`
		} `json:"a"`
	}
	query(t, s, `query q($k: string, $a: string) {
  q(func: eq(xid, $k)) { alias warned @facets(sentence, role) { uid } }
  a(func: eq(xid, $a)) { title }
}`, map[string]string{"$k": sc.key(anatol), "$a": a.Article.XID}, &got)
	if len(got.Q) != 1 || !slices.Contains(got.Q[0].Alias, odd+string(sc)) || len(got.Q[0].Warned) != 1 ||
		got.Q[0].Warned[0]["warned|sentence"] != odd || got.Q[0].Warned[0]["warned|role"] != odd {
		t.Errorf("stored %+v", got.Q)
	}
	if len(got.A) != 1 || got.A[0].Title != odd {
		t.Errorf("title %+v", got.A)
	}
}
