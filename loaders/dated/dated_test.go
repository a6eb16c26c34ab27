package dated_test

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/dated"
	"github.com/newsgraph/newsgraph/loaders/loadertest"
)

func TestSuite(t *testing.T) {
	loadertest.Run(t, dated.Format, loadertest.Samples(t, "testdata"))
}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want newsgraph.Article
	}{{
		name: "caption, sub-heading and agency trailer",
		in: " date 2022-01-06 Ein Wasserwerfer vor dem Parlament. Foto: A. Beispiel/AFP\n\n" +
			"Das Parlament tagte.\nEs beschloss ein Gesetz.\n\nZwischentitel\n\nDie Opposition klagt. (afp/oz)\n",
		want: newsgraph.Article{Source: "AFP", Date: "2022-01-06",
			Text: "Das Parlament tagte. Es beschloss ein Gesetz.\n\nZwischentitel\n\nDie Opposition klagt."},
	}, {
		name: "article starts on the date line, no agency",
		in:   " date 2022-01 Der Präsident entließ den Minister.\n\nDer Minister schwieg.",
		want: newsgraph.Article{Source: "unknown", Date: "2022-01",
			Text: "Der Präsident entließ den Minister.\n\nDer Minister schwieg."},
	}, {
		name: "agency only mentioned, photo credit names an agency",
		in:   " date 2021 Bild vom Tag. Foto: X/AFP via Getty Images\n\nEin AFP-Reporter berichtete von Schüssen.",
		want: newsgraph.Article{Source: "unknown", Date: "2021", Text: "Ein AFP-Reporter berichtete von Schüssen."},
	}, {
		name: "dateline",
		in:   "date 2022-01-09\nMoskau (Reuters) - Der Kreml schweigt.",
		want: newsgraph.Article{Source: "Reuters", Date: "2022-01-09", Text: "Moskau (Reuters) - Der Kreml schweigt."},
	}, {
		name: "a caption-like single paragraph is kept: it is all there is",
		in:   " date 2022-01 Ein Bild. Foto: X",
		want: newsgraph.Article{Source: "unknown", Date: "2022-01", Text: "Ein Bild. Foto: X"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := dated.Read("x.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || !reflect.DeepEqual(got[0], tt.want) {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"kein Datum\n", " date 2022-13 Text", " date 2022-02-30 Text"} {
		_, err := dated.Read("x.txt", []byte(in))
		if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "x.txt") {
			t.Errorf("Read(%q) = %v, want EINVALID naming the file", in, err)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{" date 2022-01 Text", true},
		{"date 2022-01-09\nText", true},
		{"\n date 2022 Text", true},
		{" date Januar 2022 Text", false},
		{"Das date 2022-01", false},
		{"| # taz.de -- x | |", false},
	}
	for _, tt := range tests {
		if got := dated.Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestSeeds reads the three dated seed articles.
func TestSeeds(t *testing.T) {
	tests := []struct {
		file, source, starts, ends string
	}{
		{"001_fb83d1a2a31a8019.txt", "AFP", "Nach tagelangen gewaltsamen Protesten", "als „Führer der Nation“ nach wie vor."},
		{"002_fe0074a9c902bae0.txt", "unknown", "Kasachstans Präsident Kassym-Schomart Tokajew hat", "den russischen Einfluss zurückzudrängen."},
		{"004_43dd2978da3373e8.txt", "unknown", "In Kasachstan sind im Zusammenhang", "löste international Entsetzen aus."},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, err := loaders.ReadFile(loadertest.Shared(t, filepath.Join("seeds", tt.file)))
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles", len(arts))
			}
			a := arts[0]
			if a.Format != "dated" || a.Source != tt.source || a.Date != "2022-01" || a.Title != "" {
				t.Errorf("format %q source %q date %q title %q; want dated, %q, 2022-01, no title", a.Format, a.Source, a.Date, a.Title, tt.source)
			}
			if !strings.HasPrefix(a.Text, tt.starts) || !strings.HasSuffix(a.Text, tt.ends) {
				t.Errorf("text runs %q … %q", a.Text[:40], a.Text[len(a.Text)-40:])
			}
			for _, junk := range []string{"date 2022", "Foto:", "Getty Images", "(afp/oz)"} {
				if strings.Contains(a.Text, junk) {
					t.Errorf("text still holds %q", junk)
				}
			}
		})
	}
}
