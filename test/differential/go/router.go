package main

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
)

// What the daemon does with a request target before its AuthZ middleware runs: net/http
// parses it with url.ParseRequestURI (400 on error), the server answers `OPTIONS *` itself,
// gorilla/mux redirects a path that cleanPath changes (301), then tries its routes in
// registration order on the decoded path (each route as "/v{version:[0-9.]+}"+path, then
// path, with an exact method match), and 404s what none matches. The route table is the one
// exported from src/request/routes.ts.

type routeSpec struct {
	Method               string `json:"method"`
	Path                 string `json:"path"`
	AnyMethodUnversioned bool   `json:"anyMethodUnversioned"`
}

type compiledRoute struct {
	index     int
	method    string // "" = any method
	regexp    *regexp.Regexp
	varNames  []string
	versioned bool
}

var routes []compiledRoute

const versionMatcher = "/v{version:[0-9.]+}"

// braceIndices and newRouteRegexp follow gorilla/mux v1.8 (regexp.go).
func braceIndices(s string) ([]int, error) {
	var level, idx int
	var idxs []int
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			if level++; level == 1 {
				idx = i
			}
		case '}':
			if level--; level == 0 {
				idxs = append(idxs, idx, i+1)
			} else if level < 0 {
				return nil, fmt.Errorf("mux: unbalanced braces in %q", s)
			}
		}
	}
	if level != 0 {
		return nil, fmt.Errorf("mux: unbalanced braces in %q", s)
	}
	return idxs, nil
}

func compileTemplate(tpl string) (*regexp.Regexp, []string, error) {
	idxs, err := braceIndices(tpl)
	if err != nil {
		return nil, nil, err
	}
	pattern := &strings.Builder{}
	pattern.WriteByte('^')
	var names []string
	end := 0
	for i := 0; i < len(idxs); i += 2 {
		raw := tpl[end:idxs[i]]
		end = idxs[i+1]
		parts := strings.SplitN(tpl[idxs[i]+1:end-1], ":", 2)
		name := parts[0]
		patt := "[^/]+"
		if len(parts) == 2 {
			patt = parts[1]
		}
		fmt.Fprintf(pattern, "%s(?P<v%d>%s)", regexp.QuoteMeta(raw), i/2, patt)
		names = append(names, name)
	}
	pattern.WriteString(regexp.QuoteMeta(tpl[end:]))
	pattern.WriteByte('$')
	re, err := regexp.Compile(pattern.String())
	return re, names, err
}

func setRoutes(specs []routeSpec) error {
	routes = nil
	for i, s := range specs {
		if s.AnyMethodUnversioned {
			re, names, err := compileTemplate(s.Path)
			if err != nil {
				return err
			}
			routes = append(routes, compiledRoute{index: i, regexp: re, varNames: names})
			continue
		}
		for _, versioned := range []bool{true, false} {
			tpl := s.Path
			if versioned {
				tpl = versionMatcher + s.Path
			}
			re, names, err := compileTemplate(tpl)
			if err != nil {
				return err
			}
			routes = append(routes, compiledRoute{index: i, method: s.Method, regexp: re, varNames: names, versioned: versioned})
		}
	}
	return nil
}

// cleanPath is gorilla/mux's: path.Clean, keeping a trailing slash.
func cleanPath(p string) string {
	if p == "" {
		return "/"
	}
	if p[0] != '/' {
		p = "/" + p
	}
	np := path.Clean(p)
	if p[len(p)-1] == '/' && np != "/" {
		np += "/"
	}
	return np
}

type routeResult struct {
	// bad-request | options-star | redirect | not-found | route
	Status     string            `json:"status"`
	Error      string            `json:"error,omitempty"`
	Path       string            `json:"path,omitempty"`
	Route      int               `json:"route"`
	Params     map[string]string `json:"params,omitempty"`
	Version    *string           `json:"version,omitempty"`
	Query      [][2]interface{}  `json:"query"`
	QueryError bool              `json:"queryError"`
}

func routeRequest(method, target string) routeResult {
	u, err := url.ParseRequestURI(target)
	if err != nil {
		return routeResult{Status: "bad-request", Error: err.Error(), Route: -1}
	}
	res := routeResult{Route: -1, Path: u.Path}
	values, qerr := url.ParseQuery(u.RawQuery)
	res.QueryError = qerr != nil
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	res.Query = [][2]interface{}{}
	for _, k := range keys {
		res.Query = append(res.Query, [2]interface{}{k, values[k]})
	}
	if method == "OPTIONS" && target == "*" {
		res.Status = "options-star"
		return res
	}
	if cleanPath(u.Path) != u.Path {
		res.Status = "redirect"
		return res
	}
	for _, r := range routes {
		if r.method != "" && r.method != method {
			continue
		}
		m := r.regexp.FindStringSubmatch(u.Path)
		if m == nil {
			continue
		}
		res.Status = "route"
		res.Route = r.index
		res.Params = map[string]string{}
		for i, name := range r.varNames {
			if name == "version" && r.versioned && i == 0 {
				v := m[i+1]
				res.Version = &v
				continue
			}
			res.Params[name] = m[i+1]
		}
		return res
	}
	res.Status = "not-found"
	return res
}
