"""The static quota rule of docs/design.md ("A static candidate, and where it stops"), checked by brute force.

python3 static_quota.py            # compares with Balinski-Young and checks monotonicity, exhaustively and at random

edf(c, F): the Balinski-Young quota method, unit by unit (earliest deadline among released units).
static(c, F): every unit due by F, then optional units greedily by deadline while Hall's condition on [a, F] holds.
"""
import itertools, random
def edf(c, F):
    T=sum(c); n=len(c); a=[0]*n; out=[]
    for m in range(1,F+1):
        best=None
        for i in range(n):
            if c[i]>0 and a[i]*T < c[i]*m:
                if best is None or (a[i]+1)*c[best] < (a[best]+1)*c[i]: best=i
        a[best]+=1
    return a
def cdiv(x,y): return -((-x)//y)
def static(c, F):
    T=sum(c); n=len(c)
    fl=[F*ci//T for ci in c]; e=F-sum(fl)
    C=[i for i in range(n) if c[i]>0 and (F*c[i])%T!=0]
    rel=lambda i,k: (k-1)*T//c[i]+1
    dl=lambda i,k: cdiv(k*T,c[i])
    # mandatory releases
    mrel=[rel(i,k) for i in range(n) for k in range(1,fl[i]+1)]
    erel={i:rel(i,fl[i]+1) for i in C}
    order=sorted(C,key=lambda i:(dl(i,fl[i]+1),i))
    E=[]
    for i in order:
        if len(E)==e: break
        t=E+[i]
        ok=all(sum(1 for r in mrel if r>=a)+sum(1 for j in t if erel[j]>=a) <= F-a+1 for a in range(1,F+1))
        if ok: E.append(i)
    assert len(E)==e,(c,F,E,e)
    return [fl[i]+(1 if i in E else 0) for i in range(n)]


def monotone_everywhere(c):
    prev = None
    for F in range(sum(c) + 1):
        a = static(c, F)
        assert sum(a) == F
        T = sum(c)
        assert all(F * ci // T <= ai <= -((-F * ci) // T) for ai, ci in zip(a, c)), (c, F, a)
        if prev is not None and any(x < y for x, y in zip(a, prev)):
            return False
        prev = a
    return True

if __name__ == "__main__":
    for n, m in ((4, 8), (5, 5)):
        vectors = [list(c) for k in range(1, n + 1) for c in itertools.product(range(m + 1), repeat=k) if sum(c) > 0]
        falls = sum(not monotone_everywhere(c) for c in vectors)
        print(f"up to {n} claims of 0-{m}: {len(vectors)} vectors, {falls} with a fall")
    random.seed(5)
    vectors = []
    for _ in range(300):
        mx = random.choice([3, 10, 30, 60])
        c = [random.choice([0, 1, random.randint(0, mx)]) for _ in range(random.randint(1, 8))]
        if sum(c) > 0:
            vectors.append(c)
    print(f"random: {len(vectors)} vectors, {sum(not monotone_everywhere(c) for c in vectors)} with a fall")
    random.seed(1)
    differ = 0
    for _ in range(3000):
        c = [random.randint(0, 12) for _ in range(random.randint(1, 5))]
        if sum(c) > 0:
            differ += sum(edf(c, F) != static(c, F) for F in range(sum(c) + 1))
    print(f"funds where the static rule differs from Balinski-Young: {differ}")
