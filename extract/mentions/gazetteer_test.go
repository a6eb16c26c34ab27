package mentions

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// territories are ISO regions that are no sovereign state (or no longer
// exist, or have no German name): the gazetteer need not know them.
var territories = "AN AX BL BV CC CK CP CQ CS CX DG EZ FK FQ GI GS IC KY MF MP NF NT PC PM PN RE SH SJ SU TA UN YU"

// TestGazetteerCoversXText checks the state gazetteer against the German
// region names built into golang.org/x/text: every country it names must
// be found as a state or place in a sentence.
func TestGazetteerCoversXText(t *testing.T) {
	names := display.German.Regions()
	f := New()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || strings.Contains(territories, code) {
				continue
			}
			name := names.Name(r)
			doc := text.Segment(newsgraph.Article{Text: "Die Delegation aus " + name + " kam an."})
			found := false
			for _, m := range f.Find(doc) {
				if m.Type == newsgraph.State || m.Type == newsgraph.Place {
					found = true
				}
			}
			if !found {
				t.Errorf("%s %q: not in the gazetteer", code, name)
			}
		}
	}
}

// TestDemonymsAndCapitals checks a sample of adjectives and capitals.
func TestDemonymsAndCapitals(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Die kasachischen Behörden schwiegen.", "Kasachstan"},
		{"Die belarussische Opposition protestierte.", "Belarus"},
		{"Armenische Soldaten kamen.", "Armenien"},
		{"Der sudanesische General sprach.", "Sudan"},
		{"Die ukrainische Armee rückte vor.", "Ukraine"},
		{"Jerewans Hilfsersuchen blieb unbeantwortet.", "Armenien"},
		{"Naypyidaw dementierte.", "Myanmar"},
		{"Khartum verhängte eine Ausgangssperre.", "Sudan"},
	}
	for _, tc := range tests {
		ok := false
		for _, m := range find(tc.in) {
			if m.Type == newsgraph.State && m.Canon == tc.want {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no state %s found:%s", tc.in, tc.want, dump(find(tc.in)))
		}
	}
}
