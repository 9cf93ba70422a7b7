/** Vietnamese text handling shared by routing, verification and search: diacritic folding, slugs. */
package vn.pakn.domain.text;
