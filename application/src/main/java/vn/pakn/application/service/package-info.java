/** Services: each loads, asks the domain, saves, and tells who must know. */
package vn.pakn.application.service;
