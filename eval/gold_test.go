package eval

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestDecodeGold(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr string
	}{
		{"valid with null subject", `{"articles":[{"file":"a.txt","entities":[{"name":"A","type":"Person","aliases":[]}],"relations":[{"type":"arrested","subject":null,"object":"A"}]}]}`, ""},
		{"empty", "  \n", "empty"},
		{"not JSON", "file;text\n", "not a gold document"},
		{"truncated", `{"articles":[{"file":"a.txt"`, "not a gold document"},
		{"unknown field", `{"articles":[{"file":"a.txt","entitys":[]}]}`, "not a gold document"},
		{"no file", `{"articles":[{"entities":[],"relations":[]}]}`, "no file name"},
		{"duplicate file", `{"articles":[{"file":"a.txt"},{"file":"a.txt"}]}`, "appears twice"},
		{"unknown object", `{"articles":[{"file":"a.txt","entities":[{"name":"A","type":"Person"}],"relations":[{"type":"warned","subject":"A","object":"B"}]}]}`, `names "B"`},
		{"unknown alternative", `{"articles":[{"file":"a.txt","entities":[{"name":"A","type":"Person"}],"relations":[{"type":"warned","subject":"A","object":"A","subject_alternatives":["C"]}]}]}`, `names "C"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeGold(strings.NewReader(tt.in))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestReadGoldMissingFile(t *testing.T) {
	_, err := ReadGold(t.TempDir() + "/nope.json")
	if newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Fatalf("error = %v (code %q), want not_found", err, newsgraph.ErrorCode(err))
	}
}

func TestFromAnalysis(t *testing.T) {
	a := newsgraph.Analysis{
		Article: newsgraph.Article{File: "/some/dir/x.txt", Source: "taz", Date: "2022-01-09"},
		Entities: []newsgraph.Entity{
			{Key: "person:anna beispiel", Name: "Anna Beispiel", Type: newsgraph.Person, Aliases: []string{"Beispiel", "Anna Beispiel", " ", "Ana Beispiel", "Beispiel"},
				Mentions: []newsgraph.Mention{{Text: "Anna Beispiel"}, {Text: "Beispiel"}, {Text: "sie"}}},
			{Key: "person:bruno muster", Name: "Bruno Muster", Type: newsgraph.Person},
			{Key: "state:nordland", Name: "Nordland", Type: newsgraph.State},
		},
		Relations: []newsgraph.Relation{
			{Type: "dismissed", Subject: "person:anna beispiel", Object: "person:bruno muster",
				Attrs: newsgraph.Attrs{Date: "2022-01-08"}, Evidence: newsgraph.Evidence{Sentence: "Beispiel entließ Muster am Samstag."}},
			{Type: "arrested", Subject: "", Object: "person:bruno muster", Evidence: newsgraph.Evidence{Sentence: "Muster wurde festgenommen."}},
			{Type: "holds_office", Subject: "person:bruno muster", Object: "state:nordland",
				Attrs: newsgraph.Attrs{Role: "Minister", Former: true}},
			{Type: "warned", Subject: "state:nordland", Object: "org:unbekannt"},
		},
	}
	got := FromAnalysis(a)
	want := GoldArticle{
		File: "x.txt", Source: "taz", Date: "2022-01-09",
		Entities: []GoldEntity{
			{Name: "Anna Beispiel", Type: "Person", Aliases: []string{"Beispiel", "Ana Beispiel"}},
			{Name: "Bruno Muster", Type: "Person", Aliases: []string{}},
			{Name: "Nordland", Type: "State", Aliases: []string{}},
		},
		Relations: []GoldRelation{
			{Type: "dismissed", Subject: str("Anna Beispiel"), Object: "Bruno Muster", Evidence: "Beispiel entließ Muster am Samstag.", Attrs: &GoldAttrs{Date: "2022-01-08"}},
			{Type: "arrested", Object: "Bruno Muster", Evidence: "Muster wurde festgenommen."},
			{Type: "holds_office", Subject: str("Bruno Muster"), Object: "Nordland", Attrs: &GoldAttrs{Role: "Minister", Former: true}},
			{Type: "warned", Subject: str("Nordland"), Object: "org:unbekannt"},
		},
	}
	if !reflect.DeepEqual(got, want) {
		gj, _ := json.MarshalIndent(got, "", " ")
		wj, _ := json.MarshalIndent(want, "", " ")
		t.Fatalf("got\n%s\nwant\n%s", gj, wj)
	}

	// The JSON must read back as a gold document: null subject, [] aliases.
	data, err := json.Marshal(Gold{Articles: []GoldArticle{got}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"subject":null`) || !strings.Contains(string(data), `"aliases":[]`) {
		t.Errorf("JSON lacks null subject or empty aliases: %s", data)
	}
	if _, err := DecodeGold(strings.NewReader(string(data))); err == nil || !strings.Contains(err.Error(), "org:unbekannt") {
		t.Errorf("a relation to an unknown key should fail the gold check, got %v", err)
	}
	// Against itself, the relation to an unknown entity can match nothing.
	if s := ScoreArticle(got, got); s.Entities != (Counts{TP: 3}) || s.Relations != (Counts{TP: 3, FP: 1, FN: 1}) {
		t.Errorf("converted output against itself: %+v %+v", s.Entities, s.Relations)
	}
}

func TestFromAnalysisEmpty(t *testing.T) {
	got := FromAnalysis(newsgraph.Analysis{})
	data, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != `{"file":"","entities":[],"relations":[]}` {
		t.Errorf("empty analysis = %s", data)
	}
}

func TestSelect(t *testing.T) {
	g := Gold{Articles: []GoldArticle{
		{File: "a.txt"}, {File: "korpus.csv#3"}, {File: "korpus.csv#7"}, {File: "andere.csv#1"}, {File: "#5"},
	}}
	tests := []struct {
		files []string
		want  []string
	}{
		{[]string{"dir/a.txt"}, []string{"a.txt"}},
		{[]string{"/x/korpus.csv"}, []string{"korpus.csv#3", "korpus.csv#7"}},
		{[]string{"korpus.csv#7"}, []string{"korpus.csv#7"}},
		{[]string{"a.txt", "andere.csv"}, []string{"a.txt", "andere.csv#1"}},
		{[]string{"korpus"}, nil},
		{nil, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range g.Select(tt.files).Articles {
			got = append(got, a.File)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Select(%q) = %q, want %q", tt.files, got, tt.want)
		}
	}
	for in, want := range map[string]string{"k.csv#12": "k.csv", "k.csv": "k.csv", "#5": "#5", "a#b#3": "a#b"} {
		if got := SourceFile(in); got != want {
			t.Errorf("SourceFile(%q) = %q, want %q", in, got, want)
		}
	}
}
