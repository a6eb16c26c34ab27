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
