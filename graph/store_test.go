package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// The test articles are made up for these tests; only the names are real.
const (
	tokajew     = "person:kassym-schomart tokajew"
	abdymomunow = "person:asamat abdymomunow"
	russland    = "state:russland"
	kasachstan  = "state:kasachstan"
	ovks        = "organization:ovks"
	almaty      = "place:almaty"
)

var testEntities = map[string]newsgraph.Entity{
	tokajew:     {Key: tokajew, Name: "Kassym-Schomart Tokajew", Type: newsgraph.Person, Aliases: []string{"Tokajew"}},
	abdymomunow: {Key: abdymomunow, Name: "Asamat Abdymomunow", Type: newsgraph.Person},
	russland:    {Key: russland, Name: "Russland", Type: newsgraph.State, Aliases: []string{"Moskau"}},
	kasachstan:  {Key: kasachstan, Name: "Kasachstan", Type: newsgraph.State},
	ovks:        {Key: ovks, Name: "OVKS", Type: newsgraph.Organization, Aliases: []string{"Organisation des Vertrags über kollektive Sicherheit"}},
	almaty:      {Key: almaty, Name: "Almaty", Type: newsgraph.Place},
}

type rel struct {
	typ, subj, obj, sentence string
	attrs                    newsgraph.Attrs
}

// article builds an analysis whose sentences are the relations' sentences;
// every entity a relation names is mentioned in that sentence.
func article(file, extra string, rels ...rel) newsgraph.Analysis {
	a := newsgraph.Analysis{Article: newsgraph.Article{File: file, Source: "test", Title: "Test " + file, Date: "2022-01-10"}}
	var text strings.Builder
	ents := map[string]*newsgraph.Entity{}
	var order []string
	mention := func(key string, i int, span newsgraph.Span) {
		e, ok := ents[key]
		if !ok {
			c := testEntities[key]
			c.Aliases = slices.Clone(c.Aliases)
			e = &c
			ents[key] = e
			order = append(order, key)
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
			Type: r.typ, Subject: r.subj, Object: r.obj, Attrs: r.attrs,
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
	dismissal = rel{"dismissed", tokajew, abdymomunow,
		"Der Präsident Tokajew setzte am Samstag seinen Sicherheitsberater Abdymomunow ab.",
		newsgraph.Attrs{Date: "2022-01-08", DatePrecision: "day"}}
	troops3000 = rel{"sent_troops", russland, kasachstan,
		"Moskau verlegte nach eigenen Angaben 3000 Mann nach Kasachstan.",
		newsgraph.Attrs{Count: 3000}}
	troops2500 = rel{"sent_troops", russland, kasachstan,
		"Etwa 2500 russische Soldaten sind laut einer Zählung in Kasachstan.",
		newsgraph.Attrs{Count: 2500}}
	membership = rel{"member_of", russland, ovks,
		"Russland ist das größte Mitglied der OVKS.", newsgraph.Attrs{}}
	passive = rel{"arrested", "", abdymomunow,
		"Abdymomunow wurde später festgenommen.", newsgraph.Attrs{}}
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

func counts(t *testing.T, s *Store) map[string]int {
	t.Helper()
	c, err := s.Counts(context.Background())
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

func wantCounts(t *testing.T, s *Store, want map[string]int) {
	t.Helper()
	if got := nonZero(counts(t, s)); !maps.Equal(got, want) {
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
	s := openEmpty(t)
	a := article("a.txt", "", dismissal, troops3000, passive)
	save(t, s, a, newsgraph.StatusNew)
	want := map[string]int{
		"Article": 1, "Person": 2, "State": 2, "Fact": 3,
		// entity mentions: Tokajew s0, Abdymomunow s0 and s2, Russland s1, Kasachstan s1; fact mentions: 3
		"Mention": 8, "article": 8, "mention_of": 8,
		"dismissed": 1, "sent_troops": 1, "agent": 2, "patient": 3,
	}
	wantCounts(t, s, want)
	save(t, s, a, newsgraph.StatusUnchanged)
	wantCounts(t, s, want)
	// The same content from another file is the same article.
	b := a
	b.Article.File = "copy.txt"
	save(t, s, b, newsgraph.StatusUnchanged)
	wantCounts(t, s, want)
}

func TestSameFactFromTwoArticles(t *testing.T) {
	s := openEmpty(t)
	save(t, s, article("a.txt", "", dismissal, troops3000), newsgraph.StatusNew)
	b := article("b.txt", "", troops2500, membership)
	b.Entities[0].Aliases = append(b.Entities[0].Aliases, "Kreml") // Russland, seen as Kreml here
	save(t, s, b, newsgraph.StatusNew)
	wantCounts(t, s, map[string]int{
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
}`, map[string]string{"$x": FactXID("sent_troops", russland, kasachstan), "$k": russland}, &got)
	for _, f := range got.F {
		slices.Sort(f.Counts)
	}
	for _, r := range got.R {
		slices.Sort(r.Alias)
	}
	if len(got.F) != 1 || !slices.Equal(got.F[0].Counts, []int{2500, 3000}) || len(got.F[0].Mentions) != 2 ||
		got.F[0].Mentions[0].Article.File != "b.txt" || got.F[0].Mentions[1].Count != 3000 {
		t.Errorf("sent_troops fact: %+v: want one fact, both figures side by side with their articles", got.F)
	}
	if len(got.R) != 1 || !slices.Equal(got.R[0].Alias, []string{"Kreml", "Moskau", "Russland"}) {
		t.Errorf("Russland aliases %+v: want all forms accumulated", got.R)
	}
}

func TestLookupByAliasIgnoresCaseAndAccents(t *testing.T) {
	s := openEmpty(t)
	a := article("a.txt", "", dismissal)
	a.Entities[0].Aliases = append(a.Entities[0].Aliases, "Tojakow")
	save(t, s, a, newsgraph.StatusNew)
	for _, name := range []string{"Tojakow", "tojakow", "TOKAJEW", "Tokajéw", "kassym-schomart tokajew"} {
		var got struct {
			Q []struct {
				Name string `json:"name"`
			} `json:"q"`
		}
		query(t, s, `query q($n: string) { q(func: eq(alias_folded, $n)) { name } }`,
			map[string]string{"$n": Fold(name)}, &got)
		if len(got.Q) != 1 || got.Q[0].Name != "Kassym-Schomart Tokajew" {
			t.Errorf("%q found %+v", name, got.Q)
		}
	}
}

func TestDismissedEdgeCarriesEvidence(t *testing.T) {
	s := openEmpty(t)
	a := article("a.txt", "", dismissal)
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
		map[string]string{"$n": "Tokajew"}, &got)
	if len(got.Q) != 1 || len(got.Q[0].Dismissed) != 1 {
		t.Fatalf("got %+v", got)
	}
	d := got.Q[0].Dismissed[0]
	if d.Name != "Asamat Abdymomunow" || d.Sentence != dismissal.sentence || d.Article != a.Article.XID ||
		d.Date != "2022-01-08" || d.Confidence != 0.8 {
		t.Errorf("edge %+v", d)
	}
}

func TestChangedArticleReplacesItsFacts(t *testing.T) {
	s := openEmpty(t)
	save(t, s, article("other.txt", "", troops2500), newsgraph.StatusNew)
	v1 := article("a.txt", "", dismissal, troops3000)
	save(t, s, v1, newsgraph.StatusNew)
	// A corrected version of a.txt: the dismissal is gone, a membership is new.
	v2 := article("a.txt", "Korrigiert.", troops3000, membership)
	save(t, s, v2, newsgraph.StatusUpdated)
	save(t, s, v2, newsgraph.StatusUnchanged)
	wantCounts(t, s, map[string]int{
		"Article": 2, "State": 2, "Organization": 1, "Fact": 2,
		// other: Russland, Kasachstan, fact; v2: Russland s0+s1, Kasachstan, OVKS, 2 facts
		"Mention": 3 + 6, "article": 9, "mention_of": 9,
		"sent_troops": 1, "member_of": 1, "agent": 2, "patient": 2,
	})
	var got struct {
		A []struct {
			XID string `json:"xid"`
		} `json:"a"`
	}
	query(t, s, `{ a(func: type(Article)) @filter(eq(file, "a.txt")) { xid } }`, nil, &got)
	if len(got.A) != 1 || got.A[0].XID != v2.Article.XID {
		t.Errorf("a.txt versions %+v, want only %s", got.A, v2.Article.XID)
	}
}

func TestForget(t *testing.T) {
	s := openEmpty(t)
	a := article("a.txt", "", dismissal, troops3000)
	b := article("b.txt", "", troops2500)
	save(t, s, a, newsgraph.StatusNew)
	save(t, s, b, newsgraph.StatusNew)
	res, err := s.Forget(context.Background(), a.Article.XID)
	if err != nil {
		t.Fatal(err)
	}
	// a's mentions: Tokajew, Abdymomunow, Russland, Kasachstan, 2 facts.
	if res != (ForgetResult{Mentions: 6, Facts: 1, Entities: 2}) {
		t.Errorf("forget: %+v", res)
	}
	wantCounts(t, s, map[string]int{
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
		map[string]string{"$x": FactXID("sent_troops", russland, kasachstan)}, &got)
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
	wantCounts(t, s, map[string]int{})
}

func TestSaveRejectsBadAnalysis(t *testing.T) {
	s := openEmpty(t)
	a := article("a.txt", "", dismissal)
	a.Relations[0].Type = "loves"
	if _, err := s.Save(context.Background(), a); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("unknown relation: %v, want EINVALID", err)
	}
	wantCounts(t, s, map[string]int{})
}

func TestQueryErrors(t *testing.T) {
	s := openEmpty(t)
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

var _ = fmt.Sprint
