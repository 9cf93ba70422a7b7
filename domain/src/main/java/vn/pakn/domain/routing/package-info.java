/** Routing (R1): from the sender's chosen field, the title and the content, decide sector and member. */
package vn.pakn.domain.routing;
