package agenda

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/debrief-dev/debrief/textsafe"
)

// fields walks a mapping's keys in file order, refusing keys not in valid and
// keys given twice (yaml.v3 only catches those when decoding into a struct),
// and hands each value to fn. prefix is the field path for messages.
func (p parser) fields(n *yaml.Node, prefix string, valid []string, fn func(k, v *yaml.Node) *Error) *Error {
	if n.Kind != yaml.MappingNode {
		return p.errf(n, "%s: want a mapping of %s, got %s", strings.TrimSuffix(prefix, "."), strings.Join(valid, ", "), describe(n))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return p.errf(k, "%sunknown key %s; valid: %s", prefix, describe(k), strings.Join(valid, ", "))
		}
		if !slices.Contains(valid, k.Value) {
			return p.errf(k, "unknown key %q; valid: %s", prefix+k.Value, strings.Join(valid, ", "))
		}
		if first, dup := seen[k.Value]; dup {
			return p.errf(k, "%s%s: given twice, also on line %d", prefix, k.Value, first)
		}
		seen[k.Value] = k.Line
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// str reads a scalar as text. Numbers are accepted ("title: 404" means the
// text 404); null reads as empty so the caller's "missing" check applies.
func (p parser) str(n *yaml.Node, field string, dst *string) *Error {
	if isNull(n) {
		*dst = ""
		return nil
	}
	if n.Kind != yaml.ScalarNode {
		return p.errf(n, "%s: want text, got %s", field, describe(n))
	}
	// The screen shows agenda text as it is; "\e[31m" is valid YAML.
	if !textsafe.IsSafe(strings.ReplaceAll(n.Value, "\t", " "), true) {
		return p.errf(n, "%s: %q holds a control, bidi or invisible character; agenda files hold plain text", field, textsafe.Escape(n.Value))
	}
	*dst = n.Value
	return nil
}

// minutes reads a number of minutes up to a day; a phase's length must be
// positive, while the warning may be 0 to turn it off.
func (p parser) minutes(n *yaml.Node, field string, dst *float64, positive bool) *Error {
	tag := n.ShortTag()
	if n.Kind != yaml.ScalarNode || (tag != "!!int" && tag != "!!float") {
		return p.errf(n, "%s: want a number of minutes, got %s", field, describe(n))
	}
	var f float64
	if err := n.Decode(&f); err != nil || math.IsNaN(f) {
		return p.errf(n, "%s: want a number of minutes, got %s", field, describe(n))
	}
	switch {
	case positive && f <= 0:
		return p.errf(n, "%s: %s must be more than 0", field, n.Value)
	case f < 0:
		return p.errf(n, "%s: %s must not be negative", field, n.Value)
	case f > maxMinutes:
		return p.errf(n, "%s: %s minutes is more than a day", field, n.Value)
	}
	*dst = f
	return nil
}

// count reads a whole number above zero.
func (p parser) count(n *yaml.Node, field string, dst *int) *Error {
	var i int
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || n.Decode(&i) != nil {
		return p.errf(n, "%s: want a whole number, got %s", field, describe(n))
	}
	if i <= 0 {
		return p.errf(n, "%s: %d must be more than 0", field, i)
	}
	*dst = i
	return nil
}

// resolve follows YAML aliases (*name) to the node they stand for.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// isNull reports a value left empty ("key:") or written as null or ~.
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names a node for "want X, got Y" messages.
func describe(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case isNull(n):
		return "nothing"
	case n.ShortTag() == "!!str":
		return fmt.Sprintf("%q", n.Value)
	}
	return n.Value
}
