// Package all registers every input format; import it for its side
// effect:
//
//	import _ "github.com/newsgraph/newsgraph/loaders/all"
package all

import (
	// Each format registers itself with package loaders in init.
	_ "github.com/newsgraph/newsgraph/loaders/dated"
	_ "github.com/newsgraph/newsgraph/loaders/gnad"
	_ "github.com/newsgraph/newsgraph/loaders/html"
	_ "github.com/newsgraph/newsgraph/loaders/jsonl"
	_ "github.com/newsgraph/newsgraph/loaders/nd"
	_ "github.com/newsgraph/newsgraph/loaders/plain"
	_ "github.com/newsgraph/newsgraph/loaders/taz"
)
