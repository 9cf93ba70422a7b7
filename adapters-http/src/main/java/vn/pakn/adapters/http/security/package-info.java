/** Password hashing (Argon2id) and secret generation, the application's security out-ports. */
package vn.pakn.adapters.http.security;
