// Package text splits an article into sentences and tokens with byte
// offsets into the article text. It knows German punctuation and
// abbreviations; it knows nothing about entities.
package text

import "github.com/newsgraph/newsgraph"

// TokenKind classifies a token by its shape.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, possibly with hyphens or digits inside (US-Außenamtssprecher, Chabar-24)
	Number                  // 2.000, 1.600, 3,5, 2019, 9.
	Punct                   // everything else: , . „ “ » « ( ) – :
)

// Token is one word, number or punctuation mark.
type Token struct {
	Text  string
	Start int // byte offset into Article.Text
	End   int
	Kind  TokenKind
}

// Sentence is one sentence of the article.
type Sentence struct {
	Index  int
	Start  int // byte offset into Article.Text
	End    int
	Text   string // Article.Text[Start:End]
	Tokens []Token
}

// Document is an article split into sentences.
type Document struct {
	Article   newsgraph.Article
	Sentences []Sentence
}
