import { z } from 'zod';

/** RFC 1123 label, as Kubernetes requires for namespaces: lower case, digits and '-', at most 63 characters. */
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1123 subdomain, as Kubernetes requires for most object names, at most 253 characters. */
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const kubernetesNamespaceSchema = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(DNS_1123_LABEL, "must be a valid Kubernetes namespace: lower case letters, digits and '-'");

export const kubernetesNameSchema = z
  .string()
  .max(253, 'must be at most 253 characters')
  .regex(DNS_1123_SUBDOMAIN, "must be a valid Kubernetes name: lower case letters, digits, '-' and '.'");
