/** Out-ports: everything the application needs from outside (storage, files, notifications, ids, transactions). */
package vn.pakn.application.port.out;
