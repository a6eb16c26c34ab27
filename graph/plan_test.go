package graph

import (
	"slices"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestQuoteRoundTrip(t *testing.T) {
	for _, s := range []string{
		``, `plain`, `Anführungszeichen "innen"`, `back\slash`, "Zeile\nzwei\r\tTab",
		"Steuer\x01zeichen\x7f", "Ümlaute äöü ß – „deutsch“", "kaputt\xff\xfeUTF-8",
	} {
		got, err := strconv.Unquote(quote(s))
		if err != nil {
			t.Errorf("quote(%q) = %s: %v", s, quote(s), err)
			continue
		}
		want := s
		if s == "kaputt\xff\xfeUTF-8" {
			want = "kaputt\uFFFDUTF-8"
		}
		if got != want {
			t.Errorf("round trip of %q gave %q", s, got)
		}
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tokajew", "tokajew"},
		{"TOKAJÉW", "tokajew"},
		{"  Kassym-Schomart   Tokajew ", "kassym-schomart tokajew"},
		{"Straße", "strasse"},
		{"Qassym-Schomart Toqajew", "qassym-schomart toqajew"},
		{"Łukaszenka", "łukaszenka"}, // ł is a letter of its own, not l plus a mark
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestChooseNameIsOrderIndependent(t *testing.T) {
	for _, tc := range []struct {
		canon, aliases []string
		want           string
	}{
		{[]string{"Tokajew", "Kassym-Schomart Tokajew"}, nil, "Kassym-Schomart Tokajew"},
		// the typo's surname is never used alone; the right one is
		{[]string{"Kassim-Schomart Tojakow", "Kassym-Schomart Tokajew"}, []string{"Tokajew", "Tokajews"}, "Kassym-Schomart Tokajew"},
		{[]string{"Qassym-Schomart Tokajew", "Kassym-Schomart Tokajew"}, []string{"Tokajew"}, "Kassym-Schomart Tokajew"},
		{[]string{"", "Russland"}, nil, "Russland"},
		{[]string{"Ägypten", "Agypten"}, nil, "Agypten"},
	} {
		got := chooseName(tc.canon, tc.aliases)
		rev := slices.Clone(tc.canon)
		slices.Reverse(rev)
		back := chooseName(rev, tc.aliases)
		if got != tc.want || back != tc.want {
			t.Errorf("chooseName(%q) = %q / reversed %q, want %q", tc.canon, got, back, tc.want)
		}
	}
}

func TestSameEntity(t *testing.T) {
	tokajew := known{XID: "person:tokaev", Name: "Kassym-Schomart Tokajew", Forms: []string{"kassym-schomart tokajew", "tokajew"}}
	for _, tc := range []struct {
		typ   newsgraph.EntityType
		name  string
		forms []string
		c     known
		want  bool
	}{
		{newsgraph.Person, "Kassim-Schomart Tojakow", []string{"kassim-schomart tojakow", "tokajew"}, tokajew, true},
		{newsgraph.Person, "Tokajew", []string{"tokajew"}, tokajew, true},
		{newsgraph.Person, "Viktor Lukaschenko", []string{"viktor lukaschenko", "lukaschenko"},
			known{Name: "Alexander Lukaschenko", Forms: []string{"alexander lukaschenko", "lukaschenko"}}, false},
		{newsgraph.Person, "A. Lukaschenko", []string{"a. lukaschenko", "lukaschenko"},
			known{Name: "Alexander Lukaschenko", Forms: []string{"alexander lukaschenko", "lukaschenko"}}, true},
		// a shared given name is not a surname
		{newsgraph.Person, "Alexander Baunow", []string{"alexander baunow", "alexander"},
			known{Name: "Alexander Lukaschenko", Forms: []string{"alexander lukaschenko", "alexander"}}, false},
		{newsgraph.Organization, "OVKS", []string{"ovks"}, known{Name: "Organisation des Vertrags über kollektive Sicherheit", Forms: []string{"ovks"}}, true},
		{newsgraph.State, "Russland", []string{"russland"}, known{Name: "Kasachstan", Forms: []string{"kasachstan"}}, false},
	} {
		if _, got := sameEntity(tc.typ, tc.name, tc.forms, tc.c); got != tc.want {
			t.Errorf("sameEntity(%s %q, %q) = %v, want %v", tc.typ, tc.name, tc.c.Name, got, tc.want)
		}
	}
}

func TestPlan(t *testing.T) {
	base := newsgraph.Analysis{
		Article: newsgraph.Article{File: "a.txt", Source: "test", Text: "Ein Text."},
		Entities: []newsgraph.Entity{
			{Key: "person:a", Name: "Anna A", Type: newsgraph.Person, Aliases: []string{"A", "Anna A"},
				Mentions: []newsgraph.Mention{{Text: "Anna A", Sentence: 0}, {Text: "A", Sentence: 0}, {Text: "A", Sentence: 2}}},
			{Key: "state:b", Name: "Bland", Type: newsgraph.State},
		},
		Relations: []newsgraph.Relation{
			{Type: "warned", Subject: "person:a", Object: "state:b", Attrs: newsgraph.Attrs{Date: "2022-01"}, Evidence: newsgraph.Evidence{Index: 0}},
			{Type: "warned", Subject: "person:a", Object: "state:b", Attrs: newsgraph.Attrs{Date: "2022-01-05"}, Evidence: newsgraph.Evidence{Index: 3}},
			{Type: "arrested", Object: "person:c", Evidence: newsgraph.Evidence{Index: 4}},
		},
	}
	p, err := newPlan(base)
	if err != nil {
		t.Fatal(err)
	}
	if p.article.XID != newsgraph.ArticleXID("Ein Text.") || p.origin != "file:test/a.txt" {
		t.Errorf("article xid %q origin %q", p.article.XID, p.origin)
	}
	if len(p.entities) != 3 || p.entities[2].xid != "person:c" || p.entities[2].typ != newsgraph.Person {
		t.Errorf("entities %+v: want a, b and c recovered from its key", p.entities)
	}
	if got := p.entities[0].aliases; len(got) != 2 || got[0] != "A" || got[1] != "Anna A" {
		t.Errorf("aliases %v", got)
	}
	if len(p.facts) != 2 || len(p.facts[0].dates) != 2 || p.facts[1].subject != "" {
		t.Errorf("facts %+v: want warned (two dates) and a passive arrested", p.facts)
	}
	// entity mentions per sentence (2) + one per relation sentence (3)
	if len(p.mentions) != 5 {
		t.Errorf("%d mentions, want 5", len(p.mentions))
	}

	bad := []func(a *newsgraph.Analysis){
		func(a *newsgraph.Analysis) { a.Relations[0].Type = "likes" },
		func(a *newsgraph.Analysis) { a.Relations[0].Object = "" },
		func(a *newsgraph.Analysis) { a.Relations[0].Object = "thing:x" },
		func(a *newsgraph.Analysis) { a.Entities[0].Type = "Animal" },
		func(a *newsgraph.Analysis) { a.Entities[0].Name = " " },
		func(a *newsgraph.Analysis) { a.Article.Text = "  " },
	}
	for i, mutate := range bad {
		a := base
		a.Entities = append([]newsgraph.Entity(nil), base.Entities...)
		a.Relations = append([]newsgraph.Relation(nil), base.Relations...)
		mutate(&a)
		if _, err := newPlan(a); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("case %d: err %v, want EINVALID", i, err)
		}
	}
}
