// Package copycheck guards a promise: real articles are other people's
// writing, so no sentence of the shared seed or corpus articles may be copied into
// the repository (code, comments, tests, data or docs). Names and facts may
// be reused; runs of eight or more words may not.
package copycheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// shingleWords is the length of the word run that counts as copied text.
// Eight words is longer than any name, title or fixed phrase we reuse.
const shingleWords = 8

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func shingles(ws []string) map[string]bool {
	out := map[string]bool{}
	for i := 0; i+shingleWords <= len(ws); i++ {
		out[strings.Join(ws[i:i+shingleWords], " ")] = true
	}
	return out
}

func repoRoot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skipf("not in a git checkout: %v", err)
	}
	return strings.TrimSpace(string(out))
}

func TestNoSeedSentencesInRepo(t *testing.T) {
	root := repoRoot(t)
	seeds, _ := filepath.Glob(filepath.Join(root, "..", "shared", "seeds", "*.txt"))
	// The corpus articles are other people's writing too (CC BY-NC-SA).
	seeds = append(seeds, filepath.Join(root, "..", "shared", "corpus", "10kGNAD_test.csv"))
	if len(seeds) == 1 {
		if os.Getenv("CI") == "true" {
			t.Fatal("../shared/seeds is missing")
		}
		t.Skip("../shared/seeds not present")
	}
	seed := map[string]string{}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err) // a missing corpus beside present seeds is a broken checkout
		}
		for s := range shingles(words(string(b))) {
			seed[s] = filepath.Base(p)
		}
	}
	// Tracked and untracked-but-not-ignored files, as they are on disk.
	out, err := exec.Command("git", "-C", root, "ls-files", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil || len(b) > 4<<20 {
			continue // deleted in the work tree, or too large to be hand-written
		}
		for s := range shingles(words(string(b))) {
			if f, ok := seed[s]; ok {
				t.Errorf("%s repeats %d words of seed %s: %q", rel, shingleWords, f, s)
			}
		}
	}
}
