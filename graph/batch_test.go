package graph

import (
	"fmt"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// An article with more entities than one query holds is read in several
// queries and stored whole.
func TestSaveHugeArticle(t *testing.T) {
	savedBlocks, savedValues := maxBlocks, maxListValues
	maxBlocks, maxListValues = 3, 5
	defer func() { maxBlocks, maxListValues = savedBlocks, savedValues }()
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	a := sc.article("huge.txt", "", dismissal)
	for i := 0; i < 40; i++ {
		a.Entities = append(a.Entities, newsgraph.Entity{Key: sc.key(fmt.Sprintf("place:ort %d", i)),
			Name: sc.name(fmt.Sprintf("Ort %d", i)), Type: newsgraph.Place,
			Mentions: []newsgraph.Mention{{Text: "Ort", Sentence: 0}}})
	}
	save(t, s, a, newsgraph.StatusNew)
	save(t, s, a, newsgraph.StatusUnchanged)
	if c := counts(t, s, a); c["Place"] != 40 || c["Person"] != 2 || c["dismissed"] != 1 {
		t.Errorf("counts %v", nonZero(c))
	}
}
