package main

import (
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// entityKey runs "entities find NAME" and returns the one entity's key and
// the whole output.
func entityKey(t *testing.T, dir, name string) (string, string) {
	t.Helper()
	out, errOut, code := cli(t, dir, "", "entities", "find", name)
	if code != 0 {
		t.Fatalf("entities find %s: exit %d\n%s%s", name, code, out, errOut)
	}
	keys := regexp.MustCompile(`(?m)^  key +(\S.*)$`).FindAllStringSubmatch(out, -1)
	if len(keys) != 1 {
		t.Fatalf("entities find %s: %d entities\n%s", name, len(keys), out)
	}
	return keys[0][1], out
}

// A user merges two persons the resolver kept apart, then splits them
// again; the split reloads the articles and the two stay apart.
func TestEntitiesMergeAndSplit(t *testing.T) {
	dir := t.TempDir()
	tag := dgraphtest.Nonce(t) + dgraphtest.Nonce(t)
	// Made-up people and sentences, tagged so that no other test meets them.
	texts := map[string]string{
		"a.txt": "Präsident Anatol Beispielow" + tag + " entließ am Montag den Innenminister Boris Musterow" + tag +
			". Beispielow" + tag + " sagte, Musterow" + tag + " habe versagt.\n",
		"b.txt": "Der frühere Innenminister Boris Bobinski" + tag + " wurde am Dienstag in der Hauptstadt festgenommen. Bobinski" +
			tag + " bestreitet alle Vorwürfe.\n",
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out, errOut, code := cli(t, dir, "", "load", "a.txt", "b.txt"); code != 0 {
		t.Fatalf("load: exit %d\n%s%s", code, out, errOut)
	}
	musterow, _ := entityKey(t, dir, "Musterow"+tag)
	bobinski, _ := entityKey(t, dir, "Bobinski"+tag)
	if musterow == bobinski {
		t.Fatalf("the resolver already made one person of %s", musterow)
	}

	if out, errOut, code := cli(t, dir, "", "entities", "merge", "Musterow"+tag, "Beispielow"+tag+"-fehlt"); code == 0 {
		t.Errorf("merging an unknown entity: exit 0\n%s%s", out, errOut)
	}
	out, errOut, code := cli(t, dir, "", "entities", "merge", "Musterow"+tag, bobinski)
	if code != 0 || !strings.Contains(out, "1 facts moved") {
		t.Fatalf("merge: exit %d\n%s%s", code, out, errOut)
	}
	key, found := entityKey(t, dir, "Bobinski"+tag)
	if key != musterow || !strings.Contains(found, "merged   "+bobinski) || !strings.Contains(found, "user merged "+bobinski) {
		t.Errorf("after the merge, Bobinski finds:\n%s", found)
	}

	out, errOut, code = cli(t, dir, "", "entities", "split", musterow, bobinski)
	if code != 0 || !strings.Contains(out, "2 articles reloaded") {
		t.Fatalf("split: exit %d\n%s%s", code, out, errOut)
	}
	if key, found := entityKey(t, dir, "Bobinski"+tag); key != bobinski {
		t.Errorf("after the split, Bobinski finds:\n%s", found)
	}
	if _, found := entityKey(t, dir, "Musterow"+tag); strings.Contains(found, "Bobinski") || strings.Contains(found, "merged ") {
		t.Errorf("after the split, Musterow still has Bobinski's names or key:\n%s", found)
	}
	// Loading the articles again keeps them apart.
	if out, errOut, code := cli(t, dir, "", "load", "a.txt", "b.txt"); code != 0 {
		t.Fatalf("reload: exit %d\n%s%s", code, out, errOut)
	}
	if key, _ := entityKey(t, dir, "Bobinski"+tag); key != bobinski {
		t.Errorf("after the reload, Bobinski is %s", key)
	}
}
