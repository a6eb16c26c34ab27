package taz_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/loadertest"
	"github.com/newsgraph/newsgraph/loaders/taz"
)

func TestSuite(t *testing.T) {
	loadertest.Run(t, taz.Format, loadertest.Samples(t, "testdata"))
}

func TestRead(t *testing.T) {
	sample, err := os.ReadFile("testdata/seite.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   string
		want newsgraph.Article
	}{{
		name: "full page",
		in:   string(sample),
		want: newsgraph.Article{
			Source:  "taz",
			Title:   "Krise in Kasachstan: Präsident greift durch",
			Date:    "2022-01-09",
			Authors: []string{"Erika Muster", "Max Beispiel"},
			Text: "Der Staatschef entlässt einen hohen Beamten. Die Opposition spricht von Willkür.\n\n" +
				"Präsident Tokajew hat am Samstag den Vizechef des Sicherheitsrates entlassen. Beobachter in der US-Hauptstadt zeigten sich überrascht.\n\n" +
				"Ein Sprecher sagte, die Lage sei „unter Kontrolle“.\n\n" +
				"Reaktionen aus dem Ausland\n\n" +
				"Nord- und Südkorea schwiegen, wie ein Bericht der Agentur festhält. Moskau lobte den Schritt.",
		},
	}, {
		name: "no title row, no sections, no date",
		in:   "| Nur ein Satz steht hier. | |\n| Und noch einer. |",
		want: newsgraph.Article{Source: "taz", Text: "Nur ein Satz steht hier. Und noch einer."},
	}, {
		name: "title without site label, lead only",
		in:   "| # Ein Titel | |\n| > Ein Vorspann. | |\n",
		want: newsgraph.Article{Source: "taz", Title: "Ein Titel", Text: "Ein Vorspann."},
	}, {
		name: "caption and sections only",
		in:   "| # taz.de -- Titel | |\n| Bild: Ein Foto. | |\n| ## AUTOREN | |\n| Jemand | |\n",
		want: newsgraph.Article{Source: "taz", Title: "Titel", Authors: []string{"Jemand"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := taz.Read("x.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 {
				t.Fatalf("got %d articles", len(got))
			}
			if !reflect.DeepEqual(got[0], tt.want) {
				t.Errorf("got  %#v\nwant %#v", got[0], tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"| # taz.de -- Titel | |\n| text | |", true},
		{"\n| # Titel |\n", true},
		{"| ## Titel | |", false},
		{"# Titel\n\nText", false},
		{" date 2022-01 Text", false},
		{"| a | b |", false},
	}
	for _, tt := range tests {
		if got := taz.Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// A page whose body is only furniture is rejected with a clear error.
func TestEmptyBody(t *testing.T) {
	_, err := loaders.ReadBytes("leer.txt", []byte("| # taz.de -- Titel | |\n| Bild: Foto. | |\n| ## TAGS | |\n| X | |\n"))
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "leer.txt") {
		t.Errorf("got %v, want EINVALID naming the file", err)
	}
}

// TestSeed reads the real taz seed page from the shared material.
func TestSeed(t *testing.T) {
	path := loadertest.Shared(t, filepath.Join("seeds", "000_882455a2e605f179.txt"))
	arts, err := loaders.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	a := arts[0]
	checks := []struct{ what, got, want string }{
		{"format", a.Format, "taz"},
		{"source", a.Source, "taz"},
		{"date", a.Date, "2022-01-09"},
		{"title", a.Title, "Unruhen in Kasachstan: Schießbefehl in Almaty"},
		{"authors", strings.Join(a.Authors, ";"), "Tigran Petrosyan"},
		{"file", a.File, "000_882455a2e605f179.txt"},
		{"starts", a.Text[:len("Kasachstans Regierung geht")], "Kasachstans Regierung geht"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	if !strings.HasSuffix(a.Text, "auch wenn sie selbst dagegen sei.") {
		t.Errorf("text ends %q, want the last body sentence", a.Text[max(0, len(a.Text)-60):])
	}
	for _, junk := range []string{"| ", "## ", "Bild:", "LINKS", "AUTOREN", "TAGS", "ARTIKEL ZUM THEMA", "[1]", "[2][", "9 Jan 2022", "Nazarbajew\n", "Zahl der Toten auf 225"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text still holds page furniture %q", junk)
		}
	}
	// Sub-headings stay as their own paragraphs; wrapped lines are joined.
	for _, para := range []string{"\n\nDer Konflikt hinter dem Protest\n\n", "\n\nSicherheitskräfte am Pranger\n\n"} {
		if !strings.Contains(a.Text, para) {
			t.Errorf("sub-heading paragraph %q missing", para)
		}
	}
	// Four words across a line wrap of the page (no longer: no copied sentences).
	if !strings.Contains(a.Text, "Sekretär des einflussreichen Sicherheitsrates") {
		t.Error("a wrapped sentence was not joined into one line")
	}
}
