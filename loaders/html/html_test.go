package html_test

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/html"
	"github.com/newsgraph/newsgraph/loaders/loadertest"
)

func TestSuite(t *testing.T) {
	loadertest.Run(t, html.Format, loadertest.Samples(t, "testdata"))
}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want newsgraph.Article
	}{{
		name: "metadata and the article's paragraphs",
		in: `<html><head><meta property="og:title" content="Junta setzt Regierung ab">` +
			`<meta property="og:site_name" content="Beispielblatt">` +
			`<meta name="date" content="2021-10-25"></head><body>` +
			`<nav><p>Politik</p></nav><article><p>Die Armee hat die Regierung abgesetzt.</p>` +
			`<p>Der General   sprach<br>von einer Korrektur.</p></article></body></html>`,
		want: newsgraph.Article{Title: "Junta setzt Regierung ab", Source: "Beispielblatt", Date: "2021-10-25",
			Text: "Die Armee hat die Regierung abgesetzt.\n\nDer General sprach von einer Korrektur."},
	}, {
		name: "no metadata: h1 title, time element, body text",
		in: `<!doctype html><html><body><h1>Festnahmen in Minsk</h1><time datetime="2020-08-10">10. August</time>` +
			`<div>Die Polizei nahm Hunderte fest.</div><footer>Impressum</footer></body></html>`,
		want: newsgraph.Article{Title: "Festnahmen in Minsk", Source: "unknown", Date: "2020-08-10",
			Text: "Die Polizei nahm Hunderte fest."},
	}, {
		name: "agency dateline credits the source when the page names none",
		in:   `<html><body><article><p>Kiew (dpa) – Die Regierung verhängte das Kriegsrecht.</p></article></body></html>`,
		want: newsgraph.Article{Source: "dpa", Text: "Kiew (dpa) – Die Regierung verhängte das Kriegsrecht."},
	}, {
		name: "hidden elements and scripts are no text",
		in: `<html><body><article><p hidden>Versteckt.</p><div aria-hidden="true">Auch versteckt.</div>` +
			`<script>var x = 1;</script><p>Sichtbar.</p></article></body></html>`,
		want: newsgraph.Article{Source: "unknown", Text: "Sichtbar."},
	}, {
		name: "byline and author metadata",
		in: `<html><head><meta name="author" content="Erika Muster und Max Beispiel"></head><body><article>` +
			`<p class="article-byline">Von Erika Muster</p><p>Ein Satz.</p></article></body></html>`,
		want: newsgraph.Article{Source: "unknown", Authors: []string{"Erika Muster", "Max Beispiel"}, Text: "Ein Satz."},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := html.Read("x.html", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || !reflect.DeepEqual(got[0], tt.want) {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
		})
	}
}

func TestSample(t *testing.T) {
	arts, err := loaders.ReadFile("testdata/seite.html")
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	want := "Die Armee hat in der Nacht zum Montag die Regierungschefin und den Präsidenten festnehmen lassen.\n\n" +
		"Der Oberbefehlshaber rief einen einjährigen Ausnahmezustand aus.\n\nDie Vereinten Nationen verurteilten den Schritt."
	if a.Format != "html" || a.Title != "Militär übernimmt die Macht" || a.Date != "2021-02-01" ||
		a.Source != "Beispielzeitung" || a.URL != "https://example.org/politik/militaer-uebernimmt-die-macht" || a.Text != want {
		t.Errorf("got %+v", a)
	}
}

func TestNoText(t *testing.T) {
	for _, in := range []string{
		`<html><body><nav><p>Startseite</p></nav></body></html>`,
		`<html><head><title>Leer</title></head><body><script>x()</script></body></html>`,
	} {
		_, err := loaders.ReadBytes("leer.html", []byte(in))
		if newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("%q: error %v, want EINVALID", in, err)
		}
	}
}
