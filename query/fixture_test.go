package query_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
)

// The tests share one Dgraph with other packages, so every name and key of
// the fixture carries a suffix unique to this run: no other data can make
// a name ambiguous, and the expected results are exact.

// fixture is a small hand-made world: three articles with sentences written
// for this test, about the Kazakhstan crisis of January 2022.
type fixture struct {
	R       string // run suffix, e.g. "Qhxzvk"
	store   *graph.Store
	keys    map[string]string // short name → entity key
	names   map[string]string // short name → canonical name
	article map[string]string // article short name → xid
}

// runSuffix is a capitalised nonce, appended to fixture names as a word.
func runSuffix(t *testing.T) string {
	n := dgraphtest.Nonce(t)
	return strings.ToUpper(n[:1]) + n[1:]
}

type ent struct {
	short   string
	typ     newsgraph.EntityType
	name    string
	aliases []string
}

type rel struct {
	typ, subj, obj string
	sentence       int
	date           string
	count          int
	role           string
}

type art struct {
	short, source, date, file string
	sentences                 []string
	rels                      []rel
	mentions                  map[string]int // entity short name → sentence naming it (span found by text search)
}

// newFixture saves the fixture into the shared Dgraph and returns it.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	store, err := graph.Open(ctx, dgraphtest.AlphaAddr())
	if err != nil {
		t.Fatal(err)
	}
	// The store stays open for the other tests of this binary.
	if err := store.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	f := &fixture{R: runSuffix(t), store: store, keys: map[string]string{}, names: map[string]string{}, article: map[string]string{}}
	R := " " + f.R
	ents := []ent{
		{"tok", newsgraph.Person, "Kassym-Schomart Tokajew" + R, []string{"Tokajew" + R, "Tojakow" + R, "Qassym-Schomart Tokajew" + R}},
		{"nas", newsgraph.Person, "Nursultan Nasarbajew" + R, []string{"Nasarbajew" + R}},
		{"mas", newsgraph.Person, "Karim Massimow" + R, []string{"Massimow" + R}},
		{"put", newsgraph.Person, "Wladimir Putin" + R, []string{"Putin" + R}},
		{"abd1", newsgraph.Person, "Asamat Abdymomunow" + R, []string{"Abdymomunow" + R}},
		{"abd2", newsgraph.Person, "Nurlan Abdymomunow" + R, []string{"Abdymomunow" + R}},
		{"kaz", newsgraph.State, "Kasachstan" + R, nil},
		{"rus", newsgraph.State, "Russland" + R, nil},
		{"bel", newsgraph.State, "Belarus" + R, nil},
		{"ovks", newsgraph.Organization, "Organisation des Vertrags über kollektive Sicherheit" + R, []string{"OVKS" + R}},
		{"emerg", newsgraph.Event, "Ausnahmezustand" + R, nil},
	}
	byShort := map[string]ent{}
	for _, e := range ents {
		byShort[e.short] = e
		f.keys[e.short] = newsgraph.EntityKey(e.typ, strings.ToLower(e.name))
		f.names[e.short] = e.name
	}
	arts := []art{
		{short: "a1", source: "testblatt", date: "2022-01-06", file: "a1.txt",
			sentences: []string{
				"Präsident Tokajew" + R + " bat die OVKS" + R + " um Unterstützung.",
				"Russland" + R + " schickt 3000 Soldaten nach Kasachstan" + R + ".",
				"Tokajew" + R + " verhängte den Ausnahmezustand" + R + ".",
				"Russland" + R + " und Belarus" + R + " gehören der OVKS" + R + " an.",
				"Belarus" + R + " entsandte 500 Soldaten nach Kasachstan" + R + ".",
			},
			rels: []rel{
				{typ: "requested_help", subj: "tok", obj: "ovks", sentence: 0, date: "2022-01-05"},
				{typ: "holds_office", subj: "tok", obj: "kaz", sentence: 0, role: "Präsident"},
				{typ: "sent_troops", subj: "rus", obj: "kaz", sentence: 1, date: "2022-01-06", count: 3000},
				{typ: "ordered", subj: "tok", obj: "emerg", sentence: 2, date: "2022-01-05"},
				{typ: "member_of", subj: "rus", obj: "ovks", sentence: 3},
				{typ: "member_of", subj: "bel", obj: "ovks", sentence: 3},
				{typ: "sent_troops", subj: "bel", obj: "kaz", sentence: 4, count: 500},
			},
			mentions: map[string]int{"tok": 0, "ovks": 0, "rus": 1, "kaz": 1},
		},
		{short: "a2", source: "testpost", date: "2022-01-09", file: "a2.txt",
			sentences: []string{
				"Am Samstag setzte Tokajew" + R + " den Sicherheitschef Massimow" + R + " ab.",
				"Massimow" + R + " sitzt inzwischen in Haft.",
				"Tokajew" + R + " dankte Putin" + R + " für die rasche Hilfe.",
				"Nasarbajew" + R + " galt lange als Ziehvater von Tokajew" + R + ".",
				"Putin" + R + " regiert Russland" + R + " seit Jahren.",
			},
			rels: []rel{
				{typ: "dismissed", subj: "tok", obj: "mas", sentence: 0, date: "2022-01-08"},
				{typ: "arrested", subj: "", obj: "mas", sentence: 1, date: "2022-01-08"},
				{typ: "thanked", subj: "tok", obj: "put", sentence: 2},
				{typ: "mentor_of", subj: "nas", obj: "tok", sentence: 3},
				{typ: "holds_office", subj: "put", obj: "rus", sentence: 4, role: "Präsident"},
			},
			mentions: map[string]int{"mas": 0, "put": 2, "nas": 3},
		},
		{short: "a3", source: "testblatt", date: "2022-01-10", file: "a3.txt",
			sentences: []string{
				"Tokajew" + R + " hatte Massimow" + R + " schon am Wochenende entlassen.",
				"Nach anderen Angaben kamen nur 2500 russische Soldaten nach Kasachstan" + R + ".",
				"Auch Asamat Abdymomunow" + R + " verlor seinen Posten, Tokajew" + R + " entließ ihn.",
				"Ein Nurlan Abdymomunow" + R + " äußerte sich nicht.",
			},
			rels: []rel{
				{typ: "dismissed", subj: "tok", obj: "mas", sentence: 0, date: "2022-01-08"},
				{typ: "sent_troops", subj: "rus", obj: "kaz", sentence: 1, date: "2022-01", count: 2500},
				{typ: "dismissed", subj: "tok", obj: "abd1", sentence: 2, date: "2022-01-08"},
			},
			mentions: map[string]int{"abd2": 3, "abd1": 2},
		},
	}
	for _, a := range arts {
		an := f.analysis(a, byShort)
		res, err := store.Save(ctx, an)
		if err != nil {
			t.Fatalf("saving fixture article %s: %v", a.short, err)
		}
		f.article[a.short] = res.XID
	}
	return f
}

// analysis builds the Analysis of one fixture article, with real byte
// offsets into its text.
func (f *fixture) analysis(a art, byShort map[string]ent) newsgraph.Analysis {
	text := strings.Join(a.sentences, " ")
	spans := make([]newsgraph.Span, len(a.sentences))
	off := 0
	for i, s := range a.sentences {
		spans[i] = newsgraph.Span{Start: off, End: off + len(s)}
		off += len(s) + 1
	}
	an := newsgraph.Analysis{Article: newsgraph.Article{
		Source: a.source, Date: a.date, File: f.R + "-" + a.file, Format: "plain",
		Title: "Testartikel " + a.short + " " + f.R, Text: text,
	}}
	an.Article.XID = newsgraph.ArticleXID(text)
	used := map[string]bool{}
	for _, r := range a.rels {
		used[r.subj], used[r.obj] = true, true
	}
	for short := range a.mentions {
		used[short] = true
	}
	for short := range used {
		if short == "" {
			continue
		}
		e := byShort[short]
		en := newsgraph.Entity{Key: f.keys[short], Name: e.name, Type: e.typ, Aliases: e.aliases}
		if si, ok := a.mentions[short]; ok {
			// the first alias (or the name) that occurs in the sentence
			for _, form := range append(append([]string{}, e.aliases...), e.name) {
				if i := strings.Index(a.sentences[si], form); i >= 0 {
					start := spans[si].Start + i
					en.Mentions = append(en.Mentions, newsgraph.Mention{
						Text: form, Span: newsgraph.Span{Start: start, End: start + len(form)},
						Sentence: si, Type: e.typ, Cue: "fixture",
					})
					break
				}
			}
		}
		an.Entities = append(an.Entities, en)
	}
	for _, r := range a.rels {
		rr := newsgraph.Relation{
			Type: r.typ, Object: f.keys[r.obj],
			Attrs: newsgraph.Attrs{Date: r.date, Count: r.count, Role: r.role},
			Evidence: newsgraph.Evidence{
				ArticleXID: an.Article.XID, Sentence: a.sentences[r.sentence], Index: r.sentence,
				Span: spans[r.sentence], Cue: "fixture", Confidence: 0.9,
			},
		}
		if r.subj != "" {
			rr.Subject = f.keys[r.subj]
		}
		an.Relations = append(an.Relations, rr)
	}
	return an
}
