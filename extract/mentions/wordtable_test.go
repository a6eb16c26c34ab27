package mentions

import "testing"

func TestWordTable(t *testing.T) {
	m := map[string]bool{"haus": true, "häuser": true, "laufen": false, "a": false, "": true}
	for i := 0; i < 5000; i++ { // enough keys for collisions and long probe runs
		m[string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676))] = i%3 == 0
	}
	tab := newWordTable(m)
	for k, want := range m {
		flag, ok := tab.get(k)
		if !ok || flag != want {
			t.Errorf("get(%q) = %v, %v; want %v, true", k, flag, ok, want)
		}
	}
	for _, absent := range []string{"hau", "hausx", "Haus", "laufe", "ä", "zzzz"} {
		if _, ok := tab.get(absent); ok {
			t.Errorf("get(%q) found an absent key", absent)
		}
	}
	empty := newWordTable(map[string]bool{"x": false})
	if _, ok := empty.get(""); ok {
		t.Error("empty string found in a table without it")
	}
}
