package main

import "encoding/json"

// StrSlice is docker's strslice.StrSlice as it was up to daemon 28.x
// (github.com/docker/docker/api/types/strslice): a JSON array of strings, or a single
// string, always decoded into a fresh slice. Daemon 29+ declares these fields as []string.
type StrSlice []string

// UnmarshalJSON is copied in behaviour from docker <= 28.
func (e *StrSlice) UnmarshalJSON(b []byte) error {
	if len(b) == 0 {
		// With no input, we preserve the existing value by returning nil and
		// leaving the target alone. This allows defining default values for
		// the type.
		return nil
	}

	p := make([]string, 0, 1)
	if err := json.Unmarshal(b, &p); err != nil {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		p = append(p, s)
	}

	*e = p
	return nil
}
