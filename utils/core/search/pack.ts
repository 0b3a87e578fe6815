/**
 * A small binary container: a JSON header followed by typed arrays, 8-byte aligned. The bundled
 * corpus index and the gazetteer ship in it; loading one is a JSON parse of the header plus views on the buffer.
 */
import { utf8Decoder, utf8Encoder } from '../utf8';

type Typed = Uint8Array | Uint16Array | Int16Array | Uint32Array | Float64Array;
const CONSTRUCTORS = { Uint8Array, Uint16Array, Int16Array, Uint32Array, Float64Array } as const;
type TypeName = keyof typeof CONSTRUCTORS;

const MAGIC = 0x53444e31; // "SDN1"

export function pack(header: unknown, arrays: Record<string, Typed>): Uint8Array {
  const layout: { name: string; type: TypeName; offset: number; length: number }[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    layout.push({ name, type: array.constructor.name as TypeName, offset, length: array.length });
    offset += Math.ceil(array.byteLength / 8) * 8;
  }
  const json = utf8Encoder.encode(JSON.stringify({ header, layout }));
  const headerBytes = Math.ceil((8 + json.length) / 8) * 8;
  const out = new Uint8Array(headerBytes + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC);
  view.setUint32(4, json.length);
  out.set(json, 8);
  layout.forEach(({ name, offset: at }) => {
    const array = arrays[name]!;
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), headerBytes + at);
  });
  return out;
}

export function unpack<Header>(bytes: Uint8Array): { header: Header; arrays: Record<string, Typed> } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0) !== MAGIC) throw new Error('not a Sidenote index file');
  const jsonLength = view.getUint32(4);
  const { header, layout } = JSON.parse(utf8Decoder.decode(bytes.subarray(8, 8 + jsonLength))) as {
    header: Header;
    layout: { name: string; type: TypeName; offset: number; length: number }[];
  };
  const headerBytes = Math.ceil((8 + jsonLength) / 8) * 8;
  // Copy once into a buffer of its own so typed-array views are aligned whatever the source. (Not
  // bytes.slice(): on a Node Buffer that is a view on the whole pool, not a copy.)
  const body = new Uint8Array(bytes.subarray(headerBytes)).buffer;
  const arrays: Record<string, Typed> = {};
  for (const { name, type, offset, length } of layout) arrays[name] = new CONSTRUCTORS[type](body, offset, length);
  return { header, arrays };
}
