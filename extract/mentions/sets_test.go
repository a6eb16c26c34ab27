package mentions

import (
	"strings"
	"testing"
)

func TestWordTable(t *testing.T) {
	m := map[string]bool{"haus": true, "häuser": true, "laufen": false, "a": false, "": true}
	for i := 0; i < 5000; i++ { // enough keys for collisions and long probe runs
		m[string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676))] = i%3 == 0
	}
	for _, filtered := range []bool{false, true} {
		tab := newWordTable(m, filtered)
		for k, want := range m {
			flag, ok := tab.get(k)
			if !ok || flag != want {
				t.Errorf("filter %v: get(%q) = %v, %v; want %v, true", filtered, k, flag, ok, want)
			}
		}
		for _, absent := range []string{"hau", "hausx", "Haus", "laufe", "ä", "zzzz"} {
			if _, ok := tab.get(absent); ok {
				t.Errorf("filter %v: get(%q) found an absent key", filtered, absent)
			}
		}
	}
	empty := newWordTable(map[string]bool{"x": false}, true)
	if _, ok := empty.get(""); ok {
		t.Error("empty string found in a table without it")
	}
}

func TestSmallSet(t *testing.T) {
	s := newSmallSet()
	for _, k := range []string{"Frau", "Dr.", "New York", "a-very-long-key-of-more-than-sixty-three-bytes-to-share-the-top-bit"} {
		s.add(k)
	}
	tests := []struct {
		a, b string // b != "": ask hasPair(a, b)
		want bool
	}{
		{"Frau", "", true},
		{"frau", "", false},
		{"Frag", "", false}, // same first byte and length, not a member
		{"Dr.", "", true},
		{"", "", false},
		{"New", "York", true},
		{"New", "Yorks", false},
		{"Neu", "York", false},
		{"a-very-long-key-of-more-than-sixty-three-bytes-to-share-the-top-bit", "", true},
		{"a-very-long-key-of-more-than-sixty-three-bytes-to-share-the-top-bix", "", false},
	}
	for _, tt := range tests {
		var got bool
		if tt.b != "" {
			got = s.hasPair(tt.a, tt.b)
		} else {
			got = s.has(tt.a)
		}
		if got != tt.want {
			t.Errorf("%q %q: got %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestLowerSameLength(t *testing.T) {
	for _, s := range []string{"", "abc", "Präsident TOKAJEW sagte", "ÄÖÜ äöü ß", "Ǆ x", "a\xffB"} {
		got := lowerSameLength(s)
		if len(got) != len(s) {
			t.Errorf("lowerSameLength(%q) = %q: length changed", s, got)
		}
		if want := strings.ToLower(s); len(want) == len(s) && s != "a\xffB" && got != want {
			t.Errorf("lowerSameLength(%q) = %q, want %q", s, got, want)
		}
	}
}

// Inflected forms of known nouns are common nouns even when the lists
// lack the form itself; surnames made from nouns with -er stay names.
func TestInflectedNouns(t *testing.T) {
	l := Default()
	for _, tc := range []struct {
		word   string
		common bool
	}{
		{"bögen", true},      // umlaut plural of Bogen
		{"steiner", false},   // -er is no noun ending here
		{"kwabenaro", false}, // no noun in it
	} {
		if got := l.inflectedNoun(tc.word); got != tc.common {
			t.Errorf("inflectedNoun(%q) = %v, want %v", tc.word, got, tc.common)
		}
	}
}
