package relations

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// FuzzExtract feeds arbitrary text with mentions at random token spans:
// extraction must never panic and must only name the given entities.
func FuzzExtract(f *testing.F) {
	f.Add("Die Präsidentin Lea Marin entließ am Montag den Minister Otto Brem, der zur Allianz gehört.", int64(1))
	f.Add("Zu dem , der das an , - ( ) » nachdem um zu festnehmen lassen worden", int64(2))
	f.Add("Am 3. März 2.000 Soldaten nach – Wien – Belarus' Machthaber", int64(3))
	f.Add("\x00\xff\xfe ließ wurde von durch zur zum", int64(4))
	f.Add(". . . – ! Serbien unterstellt Ungarn, einen Angriff vorzubereiten.", int64(5))
	f.Add("„“ , , ; Kanada drohte Serbien mit X, dass zu um der die das", int64(6))
	recoverPanics = false
	f.Cleanup(func() { recoverPanics = true })
	f.Fuzz(func(t *testing.T, txt string, seed int64) {
		doc := text.Segment(newsgraph.Article{XID: "x", Date: "2022-01-09", Text: txt})
		r := rand.New(rand.NewSource(seed))
		types := newsgraph.EntityTypes
		var ents []newsgraph.Entity
		for si, s := range doc.Sentences {
			for ti := range s.Tokens {
				if r.Intn(3) != 0 {
					continue
				}
				end := ti + r.Intn(3)
				if end >= len(s.Tokens) {
					end = len(s.Tokens) - 1
				}
				e := newsgraph.Entity{Key: "k" + string(rune('a'+len(ents)%26)), Name: s.Tokens[ti].Text, Type: types[r.Intn(len(types))]}
				cue := "x"
				if r.Intn(4) == 0 {
					cue = "coref:x"
				}
				e.Mentions = []newsgraph.Mention{{Text: s.Tokens[ti].Text, Sentence: si, Type: e.Type, Cue: cue,
					Span: newsgraph.Span{Start: s.Tokens[ti].Start, End: s.Tokens[end].End}}}
				ents = append(ents, e)
			}
		}
		keys := map[string]bool{"": true}
		for _, e := range ents {
			keys[e.Key] = true
		}
		for _, rel := range Extract(doc, ents) {
			if !keys[rel.Subject] || !keys[rel.Object] || rel.Object == "" {
				t.Fatalf("relation with unknown entity: %+v", rel)
			}
		}
	})
}

// BenchmarkLongSentence runs one sentence of 2,700 tokens with 600
// mentions (a list without full stops, as badly converted tables give):
// the cost must grow about linearly with its length.
func BenchmarkLongSentence(b *testing.B) {
	var sb strings.Builder
	var es []ent
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&sb, "Präsident Anton%d und Ungarn, das Berta%d entließ, ", i, i)
		es = append(es, P(fmt.Sprintf("Anton%d", i)), P(fmt.Sprintf("Berta%d", i)))
	}
	es = append(es, S("Ungarn"))
	doc, ents := build(b, "2022-01-09", sb.String(), es...)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(doc, ents)
	}
}
