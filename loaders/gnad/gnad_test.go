package gnad_test

import (
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/gnad"
	"github.com/newsgraph/newsgraph/loaders/loadertest"
)

func TestSuite(t *testing.T) {
	loadertest.Run(t, gnad.Format, loadertest.Samples(t, "testdata"))
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []gnad.Row
		wantErr string // substring of the error; "" for none
	}{{
		name: "quotes, semicolons, doubled quotes",
		in:   "Web;'Er sagte ''nein''; dann ging er.'\nSport;'Tor!'\n",
		want: []gnad.Row{{Label: "Web", Text: "Er sagte 'nein'; dann ging er.", Line: 1, Record: 1}, {Label: "Sport", Text: "Tor!", Line: 2, Record: 2}},
	}, {
		name: "newline inside a quoted field keeps line numbers right",
		in:   "A;'eins\nzwei'\nB;'drei'\nC;'vier\n",
		want: []gnad.Row{{Label: "A", Text: "eins\nzwei", Line: 1, Record: 1}, {Label: "B", Text: "drei", Line: 3, Record: 2}},
		// the damage is on line 4: the quote opened there is never closed
		wantErr: "line 4: unterminated quote",
	}, {
		name:    "wrong field count and empty text are skipped",
		in:      "A;'eins'\nnur-ein-feld\nB;''\nC;'drei';x\nD;'vier'\n",
		want:    []gnad.Row{{Label: "A", Text: "eins", Line: 1, Record: 1}, {Label: "D", Text: "vier", Line: 5, Record: 5}},
		wantErr: "line 2: want 2 fields",
	}, {
		name:    "junk after a closing quote",
		in:      "A;'eins'x\nB;'zwei'\n",
		want:    []gnad.Row{{Label: "B", Text: "zwei", Line: 2, Record: 2}},
		wantErr: "line 1: text after a closing quote",
	}, {
		name: "unquoted text, no final newline",
		in:   "A;ohne Anführung",
		want: []gnad.Row{{Label: "A", Text: "ohne Anführung", Line: 1, Record: 1}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := gnad.Parse("k.csv", []byte(tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("rows\n got %#v\nwant %#v", got, tt.want)
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "k.csv")):
				t.Errorf("error %v, want one naming k.csv and %q", err, tt.wantErr)
			case tt.wantErr != "" && newsgraph.ErrorCode(err) != newsgraph.EINVALID:
				t.Errorf("error code %q, want EINVALID", newsgraph.ErrorCode(err))
			}
		})
	}
}

// A truncated corpus: the complete rows load, the error names the line.
func TestTruncatedLoadsCompleteRows(t *testing.T) {
	in := "Inland;'Eins.'\r\nSport;'Zwei.'\r\nWeb;'Drei, abgeschnit"
	arts, err := loaders.ReadBytes("kaputt.csv", []byte(in))
	if len(arts) != 2 || arts[1].Text != "Zwei." || arts[1].Source != "derStandard" || arts[1].Format != "10kgnad" ||
		arts[0].File != "kaputt.csv#1" || arts[1].File != "kaputt.csv#2" {
		t.Errorf("got %d articles %+v, want the 2 complete rows", len(arts), arts)
	}
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "kaputt.csv: line 3: unterminated quote") {
		t.Errorf("got error %v", err)
	}
}

func corpusPath(t testing.TB) string {
	return loadertest.Shared(t, "corpus/10kGNAD_test.csv")
}

func TestCorpus(t *testing.T) {
	arts, err := loaders.ReadFile(corpusPath(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1028 {
		t.Fatalf("got %d articles, want 1028", len(arts))
	}
	xids := map[string]bool{}
	for i, a := range arts {
		if a.Source != "derStandard" || a.Format != "10kgnad" || a.Title != "" || a.File != "10kGNAD_test.csv#"+strconv.Itoa(i+1) {
			t.Fatalf("article %d: %+v", i, a)
		}
		if strings.HasPrefix(a.Text, "'") || strings.HasSuffix(a.Text, "'") || strings.Contains(a.Text, "''") {
			t.Fatalf("article %d: quoting left in text: %.60q", i, a.Text)
		}
		xids[a.XID] = true
	}
	if len(xids) < 1020 { // a handful of duplicate texts are possible in a news corpus
		t.Errorf("only %d distinct XIDs", len(xids))
	}
	if !strings.HasPrefix(arts[0].Text, "Die Gewerkschaft GPA-djp") {
		t.Errorf("first row starts %.40q", arts[0].Text)
	}
}

func BenchmarkReadCorpus(b *testing.B) {
	data, err := os.ReadFile(corpusPath(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		arts, err := loaders.ReadBytes("10kGNAD_test.csv", data)
		if err != nil || len(arts) != 1028 {
			b.Fatal(len(arts), err)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile(corpusPath(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gnad.Parse("10kGNAD_test.csv", data); err != nil {
			b.Fatal(err)
		}
	}
}

// Parse also takes the raw CRLF file, not only the loader's normalised text.
func TestParseCRLF(t *testing.T) {
	got, err := gnad.Parse("k.csv", []byte("A;'eins'\r\nB;zwei\r\n\r\nC;'drei'\r"))
	want := []gnad.Row{{Label: "A", Text: "eins", Line: 1, Record: 1}, {Label: "B", Text: "zwei", Line: 2, Record: 2}, {Label: "C", Text: "drei", Line: 4, Record: 3}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v, %v", got, err)
	}
}
