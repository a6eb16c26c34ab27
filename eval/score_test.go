package eval

import (
	"bytes"
	"encoding/json"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"math"
	"path/filepath"
	"strings"
	"testing"
)

func str(s string) *string { return &s }

// exampleGold is a small hand-made article: three persons, a state, an
// organisation, and relations with a null subject and alternatives.
func exampleGold() GoldArticle {
	return GoldArticle{
		File: "x.txt",
		Entities: []GoldEntity{
			{Name: "Anna Beispiel", Type: "Person", Aliases: []string{"Beispiel", "Ana Beispiel"}},
			{Name: "Bruno Muster", Type: "Person", Aliases: []string{"Muster"}},
			{Name: "Jürgen Öztürk", Type: "Person", Aliases: []string{"Öztürk"}},
			{Name: "Nordland", Type: "State", Aliases: []string{"Nordstadt"}},
			{Name: "Bund der Nachbarn", Type: "Organization", Aliases: []string{"BdN"}},
		},
		Relations: []GoldRelation{
			{Type: "dismissed", Subject: str("Anna Beispiel"), Object: "Bruno Muster", Evidence: "Beispiel entließ Muster."},
			{Type: "arrested", Subject: nil, Object: "Bruno Muster", Evidence: "Muster wurde festgenommen."},
			{Type: "requested_help", Subject: str("Anna Beispiel"), SubjectAlternatives: []string{"Nordland"}, Object: "Bund der Nachbarn", Evidence: "Beispiel bat den BdN um Hilfe."},
			{Type: "holds_office", Subject: str("Jürgen Öztürk"), Object: "Nordland", Attrs: &GoldAttrs{Role: "Minister"}},
		},
	}
}

func TestScoreArticle(t *testing.T) {
	g := exampleGold()
	ents := g.Entities
	tests := []struct {
		name            string
		pred            GoldArticle
		ent, typed, rel Counts
		dupRel          int
	}{
		{
			name: "perfect output",
			pred: g,
			ent:  Counts{TP: 5}, typed: Counts{TP: 5}, rel: Counts{TP: 4},
		},
		{
			name: "empty output",
			pred: GoldArticle{File: "x.txt"},
			ent:  Counts{FN: 5}, typed: Counts{FN: 5}, rel: Counts{FN: 4},
		},
		{
			name: "one wrong subject",
			pred: GoldArticle{Entities: ents, Relations: []GoldRelation{
				{Type: "dismissed", Subject: str("Jürgen Öztürk"), Object: "Bruno Muster"},
				g.Relations[1], g.Relations[2], g.Relations[3],
			}},
			ent: Counts{TP: 5}, typed: Counts{TP: 5}, rel: Counts{TP: 3, FP: 1, FN: 1},
		},
		{
			name: "wrong relation type",
			pred: GoldArticle{Entities: ents, Relations: []GoldRelation{
				{Type: "arrested", Subject: str("Anna Beispiel"), Object: "Bruno Muster"},
			}},
			// A named subject fits the gold's null-subject arrest.
			ent: Counts{TP: 5}, typed: Counts{TP: 5}, rel: Counts{TP: 1, FN: 3},
		},
		{
			name: "alias as the extracted name",
			pred: GoldArticle{
				Entities: []GoldEntity{{Name: "Ana Beispiel", Type: "Person"}, {Name: "Muster", Type: "Person"}},
				Relations: []GoldRelation{
					{Type: "dismissed", Subject: str("Ana Beispiel"), Object: "Muster"},
				},
			},
			ent: Counts{TP: 2, FN: 3}, typed: Counts{TP: 2, FN: 3}, rel: Counts{TP: 1, FN: 3},
		},
		{
			name: "extracted alias meets gold alias",
			pred: GoldArticle{
				Entities:  []GoldEntity{{Name: "Frau Beispiel", Type: "Person", Aliases: []string{"Beispiel"}}},
				Relations: []GoldRelation{{Type: "dismissed", Subject: str("Frau Beispiel"), Object: "Bruno Muster"}},
			},
			ent: Counts{TP: 1, FN: 4}, typed: Counts{TP: 1, FN: 4}, rel: Counts{TP: 1, FN: 3},
		},
		{
			name: "null subject matches a null subject",
			pred: GoldArticle{Relations: []GoldRelation{{Type: "arrested", Object: "Bruno Muster"}}},
			ent:  Counts{FN: 5}, typed: Counts{FN: 5}, rel: Counts{TP: 1, FN: 3},
		},
		{
			name: "null subject in the prediction does not match a named gold subject",
			pred: GoldArticle{Relations: []GoldRelation{{Type: "dismissed", Object: "Bruno Muster"}}},
			ent:  Counts{FN: 5}, typed: Counts{FN: 5}, rel: Counts{FP: 1, FN: 4},
		},
		{
			name: "subject alternative",
			pred: GoldArticle{Relations: []GoldRelation{{Type: "requested_help", Subject: str("Nordland"), Object: "BdN"}}},
			ent:  Counts{FN: 5}, typed: Counts{FN: 5}, rel: Counts{TP: 1, FN: 3},
		},
		{
			name: "alternative of one relation does not serve another",
			pred: GoldArticle{Relations: []GoldRelation{{Type: "dismissed", Subject: str("Nordland"), Object: "Bruno Muster"}}},
			ent:  Counts{FN: 5}, typed: Counts{FN: 5}, rel: Counts{FP: 1, FN: 4},
		},
		{
			name: "duplicate predictions count once",
			pred: GoldArticle{Relations: []GoldRelation{
				{Type: "dismissed", Subject: str("Anna Beispiel"), Object: "Bruno Muster", Evidence: "eins"},
				{Type: "dismissed", Subject: str("Anna Beispiel"), Object: "Bruno Muster", Evidence: "zwei"},
				{Type: "dismissed", Subject: str("Nordland"), Object: "Nordstadt", Evidence: "drei"},
				{Type: "dismissed", Subject: str("NORDLAND"), Object: "Nordstadt", Evidence: "vier"},
			}},
			ent: Counts{FN: 5}, typed: Counts{FN: 5}, rel: Counts{TP: 1, FP: 1, FN: 3},
		},
		{
			name: "one entity split in two: one entity FP, relation duplicate not FP",
			pred: GoldArticle{
				Entities: []GoldEntity{
					{Name: "Anna Beispiel", Type: "Person"},
					{Name: "Beispiel", Type: "Person"},
					{Name: "Bruno Muster", Type: "Person"},
				},
				Relations: []GoldRelation{
					{Type: "dismissed", Subject: str("Anna Beispiel"), Object: "Bruno Muster"},
					{Type: "dismissed", Subject: str("Beispiel"), Object: "Bruno Muster"},
				},
			},
			ent: Counts{TP: 2, FP: 1, FN: 3}, typed: Counts{TP: 2, FP: 1, FN: 3}, rel: Counts{TP: 1, FN: 3},
			dupRel: 1,
		},
		{
			name: "one entity covering two gold entities matches only one",
			pred: GoldArticle{Entities: []GoldEntity{
				{Name: "Anna Beispiel", Type: "Person", Aliases: []string{"Bruno Muster"}},
			}},
			ent: Counts{TP: 1, FN: 4}, typed: Counts{TP: 1, FN: 4}, rel: Counts{FN: 4},
		},
		{
			name: "maximum matching, not first come",
			pred: GoldArticle{Entities: []GoldEntity{
				// Greedy in order would give the first to Anna and leave
				// the second without a partner.
				{Name: "Beispiel", Type: "Person", Aliases: []string{"Muster"}},
				{Name: "Ana Beispiel", Type: "Person"},
			}},
			ent: Counts{TP: 2, FN: 3}, typed: Counts{TP: 2, FN: 3}, rel: Counts{FN: 4},
		},
		{
			name: "case and Unicode normalisation",
			pred: GoldArticle{
				Entities: []GoldEntity{
					{Name: "JU\u0308RGEN O\u0308ZTU\u0308RK", Type: "person"}, // decomposed umlauts, upper case
					{Name: "nordland", Type: "State"},
				},
				Relations: []GoldRelation{{Type: "holds_office", Subject: str("JU\u0308RGEN O\u0308ZTU\u0308RK"), Object: "nordland"}},
			},
			ent: Counts{TP: 2, FN: 3}, typed: Counts{TP: 2, FN: 3}, rel: Counts{TP: 1, FN: 3},
		},
		{
			name: "wrong type counts for untyped, not for typed",
			pred: GoldArticle{Entities: []GoldEntity{{Name: "Nordland", Type: "Place"}}},
			ent:  Counts{TP: 1, FN: 4}, typed: Counts{FP: 1, FN: 5}, rel: Counts{FN: 4},
		},
		{
			name: "unknown entities are false positives",
			pred: GoldArticle{
				Entities:  []GoldEntity{{Name: "Carla Fremd", Type: "Person"}},
				Relations: []GoldRelation{{Type: "dismissed", Subject: str("Carla Fremd"), Object: "Bruno Muster"}},
			},
			ent: Counts{FP: 1, FN: 5}, typed: Counts{FP: 1, FN: 5}, rel: Counts{FP: 1, FN: 4},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScoreArticle(g, tt.pred)
			if s.Entities != tt.ent {
				t.Errorf("entities = %+v, want %+v", s.Entities, tt.ent)
			}
			if s.TypedEntities != tt.typed {
				t.Errorf("typed entities = %+v, want %+v", s.TypedEntities, tt.typed)
			}
			if s.Relations != tt.rel {
				t.Errorf("relations = %+v, want %+v (missed %v, false %v)", s.Relations, tt.rel, s.MissedRelations, s.FalseRelations)
			}
			if s.DuplicateRelations != tt.dupRel {
				t.Errorf("duplicate relations = %d, want %d", s.DuplicateRelations, tt.dupRel)
			}
			if len(s.MissedEntities) != tt.ent.FN || len(s.FalseEntities) != tt.ent.FP {
				t.Errorf("listed %d missed, %d false entities; counts say %d, %d", len(s.MissedEntities), len(s.FalseEntities), tt.ent.FN, tt.ent.FP)
			}
			if len(s.MissedRelations) != tt.rel.FN || len(s.FalseRelations) != tt.rel.FP {
				t.Errorf("listed %d missed, %d false relations; counts say %d, %d", len(s.MissedRelations), len(s.FalseRelations), tt.rel.FN, tt.rel.FP)
			}
			var sum Counts
			for _, c := range s.RelationTypes {
				sum.Add(c)
			}
			if sum != s.Relations {
				t.Errorf("relation types sum to %+v, total is %+v", sum, s.Relations)
			}
		})
	}
}

func TestScoreArticleDuplicateGold(t *testing.T) {
	g := exampleGold()
	g.Relations = append(g.Relations, g.Relations[0]) // the same statement in two sentences
	s := ScoreArticle(g, GoldArticle{})
	if s.Relations.FN != 4 {
		t.Errorf("FN = %d, want 4: a repeated gold triple counts once", s.Relations.FN)
	}
	s = ScoreArticle(g, g)
	if s.Relations != (Counts{TP: 4}) {
		t.Errorf("relations = %+v, want 4 TP", s.Relations)
	}
}

func TestScoreArticleTypeMismatchListed(t *testing.T) {
	s := ScoreArticle(exampleGold(), GoldArticle{Entities: []GoldEntity{{Name: "Nordstadt", Type: "Place"}}})
	if len(s.TypeMismatches) != 1 || s.TypeMismatches[0].Gold.Name != "Nordland" {
		t.Fatalf("type mismatches = %+v, want Nordstadt/Nordland", s.TypeMismatches)
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{TP: 4}, 1, 1, 1},
		{Counts{}, 1, 1, 1}, // nothing to find, nothing found
		{Counts{FN: 3}, 0, 0, 0},
		{Counts{FP: 3}, 0, 0, 0},
		{Counts{TP: 1, FP: 1, FN: 3}, 0.5, 0.25, 1.0 / 3},
	}
	for _, tt := range tests {
		p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1()
		for _, v := range []float64{p, r, f} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%+v: not a number: P=%v R=%v F1=%v", tt.c, p, r, f)
			}
		}
		if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 || math.Abs(f-tt.f) > 1e-9 {
			t.Errorf("%+v: P=%v R=%v F1=%v, want %v %v %v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func TestScoreMicroAverage(t *testing.T) {
	a := exampleGold()
	b := exampleGold()
	b.File = "y.txt"
	gold := Gold{Articles: []GoldArticle{a, b}}
	pred := []GoldArticle{a, {File: "z.txt"}} // y.txt has no output; z.txt has no gold
	rep := Score(gold, pred)
	if want := (Counts{TP: 5, FN: 5}); rep.Entities != want {
		t.Errorf("entities = %+v, want %+v", rep.Entities, want)
	}
	if want := (Counts{TP: 4, FN: 4}); rep.Relations != want {
		t.Errorf("relations = %+v, want %+v", rep.Relations, want)
	}
	if rep.Articles[1].Predicted {
		t.Error("y.txt marked as predicted")
	}
	if len(rep.Unscored) != 1 || rep.Unscored[0] != "z.txt" {
		t.Errorf("unscored = %v, want [z.txt]", rep.Unscored)
	}
	var sum Counts
	for _, ts := range rep.RelationTypes {
		sum.Add(ts.Counts)
	}
	if sum != rep.Relations {
		t.Errorf("per-type table sums to %+v, total %+v", sum, rep.Relations)
	}
}

func TestScorePoolsPredictionsOfOneFile(t *testing.T) {
	g := exampleGold()
	first := GoldArticle{File: "x.txt", Entities: g.Entities[:2], Relations: g.Relations[:2]}
	second := GoldArticle{File: "x.txt", Entities: g.Entities[2:], Relations: g.Relations[2:]}
	rep := Score(Gold{Articles: []GoldArticle{g}}, []GoldArticle{first, second})
	if rep.Entities != (Counts{TP: 5}) || rep.Relations != (Counts{TP: 4}) {
		t.Errorf("entities %+v relations %+v, want all found", rep.Entities, rep.Relations)
	}
}

func TestWriteText(t *testing.T) {
	g := exampleGold()
	pred := GoldArticle{File: "x.txt", Entities: g.Entities, Relations: []GoldRelation{
		{Type: "dismissed", Subject: str("Bruno Muster"), Object: "Anna Beispiel", Evidence: "Ein erfundener Satz als Beleg."},
	}}
	rep := Score(Gold{Articles: []GoldArticle{g}}, []GoldArticle{pred})
	for _, verbose := range []bool{false, true} {
		var buf bytes.Buffer
		if err := rep.WriteText(&buf, verbose); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if last := lines[len(lines)-1]; last != "entities F1=1.000 relations F1=0.000" {
			t.Errorf("last line = %q", last)
		}
		hasEvidence := strings.Contains(out, "Ein erfundener Satz als Beleg.") && strings.Contains(out, "Beispiel entließ Muster.")
		if hasEvidence != verbose {
			t.Errorf("verbose=%v but evidence listed=%v:\n%s", verbose, hasEvidence, out)
		}
	}
}

func TestReportJSON(t *testing.T) {
	rep := Score(Gold{Articles: []GoldArticle{exampleGold()}}, nil)
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Relations struct {
			FN int     `json:"fn"`
			F1 float64 `json:"f1"`
		} `json:"relations"`
	}
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back.Relations.FN != 4 || back.Relations.F1 != 0 {
		t.Errorf("relations in JSON = %+v", back.Relations)
	}
}

func TestSeedGoldAgainstItself(t *testing.T) {
	gold, err := ReadGold(filepath.Join(sharedtest.Path(t), "gold", "seeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold.Articles) == 0 {
		t.Fatal("no articles in the seed gold")
	}
	rep := Score(gold, gold.Articles)
	if rep.Entities.F1() != 1 || rep.TypedEntities.F1() != 1 || rep.Relations.F1() != 1 {
		t.Errorf("gold against itself: entities %+v typed %+v relations %+v", rep.Entities, rep.TypedEntities, rep.Relations)
	}
	rep = Score(gold, nil)
	if rep.Entities.F1() != 0 || rep.Relations.F1() != 0 || rep.Relations.FN == 0 {
		t.Errorf("nothing against gold: entities %+v relations %+v", rep.Entities, rep.Relations)
	}
}
