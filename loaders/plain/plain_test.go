package plain_test

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders/loadertest"
	"github.com/newsgraph/newsgraph/loaders/plain"
)

func TestSuite(t *testing.T) {
	loadertest.Run(t, plain.Format, loadertest.Samples(t, "testdata"))
}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want newsgraph.Article
	}{{
		name: "headline then paragraphs",
		in:   "Tokajew entlässt Berater\n\nDer Präsident handelte am Samstag.\nEr nannte keine Gründe.\n\nDie Opposition protestierte.",
		want: newsgraph.Article{Source: "unknown", Title: "Tokajew entlässt Berater",
			Text: "Der Präsident handelte am Samstag. Er nannte keine Gründe.\n\nDie Opposition protestierte."},
	}, {
		name: "markdown heading",
		in:   "# Eine Überschrift\n\nText.",
		want: newsgraph.Article{Source: "unknown", Title: "Eine Überschrift", Text: "Text."},
	}, {
		name: "first line is a sentence",
		in:   "Der Präsident handelte am Samstag.\n\nMehr Text.",
		want: newsgraph.Article{Source: "unknown", Text: "Der Präsident handelte am Samstag.\n\nMehr Text."},
	}, {
		name: "first line runs on without a blank line",
		in:   "Der Präsident handelte\nam Samstag.",
		want: newsgraph.Article{Source: "unknown", Text: "Der Präsident handelte am Samstag."},
	}, {
		name: "a lone headline is text, not a title",
		in:   "Nur eine Zeile",
		want: newsgraph.Article{Source: "unknown", Text: "Nur eine Zeile"},
	}, {
		name: "agency trailer",
		in:   "Titel\n\nEin Satz. (AFP)",
		want: newsgraph.Article{Source: "AFP", Title: "Titel", Text: "Ein Satz."},
	}, {
		name: "web page saved as text",
		in: "Werbung\n\nArmee setzt Regierungschef fest\n\nStand: 25.10.2021 11:40 Uhr\n\nArtikel teilen\n\n" +
			"Soldaten bewachen den Amtssitz. Foto: A. Beispiel/Reuters\n\n" +
			"Das Militär hat am Montag den Regierungschef\nfestgesetzt.\n\nMehr zum Thema: Proteste in der Hauptstadt\n\n" +
			"Der General sprach von einer Korrektur.\n\n• Drucken\n\nKommentare",
		want: newsgraph.Article{Source: "unknown", Title: "Armee setzt Regierungschef fest", Date: "2021-10-25",
			Text: "Das Militär hat am Montag den Regierungschef festgesetzt.\n\nDer General sprach von einer Korrektur."},
	}, {
		name: "date in the page footer",
		in:   "Titel\n\nEin Satz.\n\nZweiter Satz.\n\nVeröffentlicht am 3. März 2022",
		want: newsgraph.Article{Source: "unknown", Title: "Titel", Date: "2022-03-03", Text: "Ein Satz.\n\nZweiter Satz."},
	}, {
		name: "a sentence that opens with a furniture word stays",
		in:   "Teilen die Parteien die Macht, bleibt es ruhig.\n\nMehr Text.",
		want: newsgraph.Article{Source: "unknown", Text: "Teilen die Parteien die Macht, bleibt es ruhig.\n\nMehr Text."},
	}, {
		name: "a lone caption-like paragraph is kept",
		in:   "Soldaten am Flughafen. Foto: dpa",
		want: newsgraph.Article{Source: "unknown", Text: "Soldaten am Flughafen. Foto: dpa"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := plain.Read("x.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || !reflect.DeepEqual(got[0], tt.want) {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
		})
	}
}
